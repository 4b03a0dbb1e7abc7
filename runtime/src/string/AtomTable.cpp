//===- AtomTable.cpp - Interning of property-key strings ------------------===//
//
// Open addressing with linear probing over a power-of-two slot array kept at
// most 3/4 full (atoms plus tombstones). Dead atoms are replaced by
// tombstones during collection; growth rehashes and drops the tombstones.
//
//===----------------------------------------------------------------------===//
#include "string/AtomTable.h"

#include "core/Runtime.h"

#include <stdlib.h>
#include <string.h>

using namespace kiln;

namespace {
/// Marks a slot whose atom died; probing continues past it.
StringCell *const kTombstone = reinterpret_cast<StringCell *>(uintptr_t(1));
} // namespace

AtomTable::~AtomTable() { free(slots_); }

uint32_t AtomTable::findSlot(StringView view, uint32_t hash) const {
  uint32_t mask = capacity_ - 1;
  uint32_t firstTombstone = UINT32_MAX;
  for (uint32_t i = hash & mask;; i = (i + 1) & mask) {
    StringCell *entry = slots_[i];
    if (!entry)
      return firstTombstone != UINT32_MAX ? firstTombstone : i;
    if (entry == kTombstone) {
      if (firstTombstone == UINT32_MAX)
        firstTombstone = i;
      continue;
    }
    if (entry->hash == hash && entry->length == view.length) {
      StringView other = viewFlat(entry);
      bool same = true;
      for (uint32_t k = 0; k < view.length && same; ++k)
        same = other.at(k) == view.at(k);
      if (same)
        return i;
    }
  }
}

StringCell *AtomTable::lookup(StringView view) const {
  if (!capacity_)
    return nullptr;
  StringCell *entry = slots_[findSlot(view, hashCodeUnits(view, seed_))];
  return entry == kTombstone ? nullptr : entry;
}

bool AtomTable::grow() {
  uint32_t newCapacity = capacity_ ? capacity_ * 2 : 256;
  if (count_ * 2 < capacity_)
    newCapacity = capacity_; // mostly tombstones: rehash in place size
  auto **newSlots =
      static_cast<StringCell **>(calloc(newCapacity, sizeof(StringCell *)));
  if (!newSlots)
    return false;
  StringCell **old = slots_;
  uint32_t oldCapacity = capacity_;
  slots_ = newSlots;
  capacity_ = newCapacity;
  tombstones_ = 0;
  uint32_t mask = capacity_ - 1;
  for (uint32_t i = 0; i < oldCapacity; ++i) {
    StringCell *entry = old[i];
    if (!entry || entry == kTombstone)
      continue;
    uint32_t j = entry->hash & mask;
    while (slots_[j])
      j = (j + 1) & mask;
    slots_[j] = entry;
  }
  free(old);
  return true;
}

bool AtomTable::insert(StringCell *atom, uint32_t hash) {
  if ((count_ + tombstones_ + 1) * 4 > capacity_ * 3 && !grow())
    return false;
  uint32_t slot = findSlot(viewFlat(atom), hash);
  if (slots_[slot] == kTombstone)
    tombstones_--;
  slots_[slot] = atom;
  atom->header.flags |= kStringAtom;
  count_++;
  return true;
}

StringCell *AtomTable::intern(Runtime &rt, StringCell *s) {
  if (s->isAtom())
    return s;
  StringCell *flat = flattenString(rt, s);
  if (!flat)
    return nullptr;
  if (flat->isAtom())
    return flat;
  uint32_t hash = hashFlatString(flat, seed_);
  if (capacity_) {
    StringCell *entry = slots_[findSlot(viewFlat(flat), hash)];
    if (entry && entry != kTombstone)
      return entry;
  }
  if (!insert(flat, hash)) {
    rt.raiseOutOfMemory();
    return nullptr;
  }
  return flat;
}

StringCell *AtomTable::intern(Runtime &rt, const uint8_t *chars,
                              uint32_t length) {
  StringView view{chars, length, true};
  if (StringCell *existing = lookup(view))
    return existing;
  StringCell *s = newStringFromLatin1(rt, chars, length);
  return s ? intern(rt, s) : nullptr;
}

StringCell *AtomTable::internAscii(Runtime &rt, const char *text) {
  size_t length = strlen(text);
  return intern(rt, reinterpret_cast<const uint8_t *>(text), uint32_t(length));
}

void AtomTable::sweepDead(Heap &heap, void *context) {
  auto *table = static_cast<AtomTable *>(context);
  for (uint32_t i = 0; i < table->capacity_; ++i) {
    StringCell *entry = table->slots_[i];
    if (entry && entry != kTombstone && !Heap::isMarked(&entry->header)) {
      table->slots_[i] = kTombstone;
      table->count_--;
      table->tombstones_++;
    }
  }
}

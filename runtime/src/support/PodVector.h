//===- PodVector.h - Growable array of trivially copyable values -*- C++
//-*-===//
//
// The runtime's only general-purpose container: a contiguous array, for
// trivially copyable element types, that reports allocation failure to its
// caller instead of throwing. It is used for collector work lists,
// root-range tables, URL and header scratch and similar buffers kept
// outside the GC heap. Capacities are powers of two, so the storage of the
// short-lived ones is reused through the thread's BlockCache instead of
// going back to malloc on every request.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_SUPPORT_PODVECTOR_H
#define KILN_SUPPORT_PODVECTOR_H

#include "support/BlockCache.h"

#include <stddef.h>
#include <type_traits>

namespace kiln {

template <typename T> class PodVector {
  static_assert(std::is_trivially_copyable_v<T>,
                "PodVector moves elements with memcpy");

public:
  PodVector() = default;
  PodVector(const PodVector &) = delete;
  PodVector &operator=(const PodVector &) = delete;
  ~PodVector() { blockcache::release(data_, capacity_ * sizeof(T)); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T *data() { return data_; }
  const T *data() const { return data_; }
  T &operator[](size_t i) { return data_[i]; }
  const T &operator[](size_t i) const { return data_[i]; }
  T &back() { return data_[size_ - 1]; }
  T *begin() { return data_; }
  T *end() { return data_ + size_; }

  /// Ensures room for \p n elements; false when memory is exhausted.
  bool reserve(size_t n) {
    if (n <= capacity_)
      return true;
    size_t newCapacity = capacity_ ? capacity_ * 2 : 16;
    while (newCapacity < n)
      newCapacity *= 2;
    void *grown = blockcache::grow(data_, capacity_ * sizeof(T),
                                   size_ * sizeof(T), newCapacity * sizeof(T));
    if (!grown)
      return false;
    data_ = static_cast<T *>(grown);
    capacity_ = newCapacity;
    return true;
  }
  /// Appends \p value; false (and no change) when memory is exhausted.
  bool push(const T &value) {
    if (size_ == capacity_ && !reserve(size_ + 1))
      return false;
    data_[size_++] = value;
    return true;
  }
  T pop() { return data_[--size_]; }
  void clear() { size_ = 0; }
  void truncate(size_t n) {
    if (n < size_)
      size_ = n;
  }
  /// Removes element \p i by moving the last element into its place.
  void swapRemove(size_t i) { data_[i] = data_[--size_]; }

private:
  T *data_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

} // namespace kiln

#endif // KILN_SUPPORT_PODVECTOR_H

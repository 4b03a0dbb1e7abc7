//===- ServerResponse.cpp - What a native handler produces ----------------===//
//
// ServerResponse collects a handler's status, header lines (validated by
// http::ResponseWriter as they are added, so a handler cannot split a
// response) and body bytes, remembering where each write() ended so a body
// of unknown length can go out one chunk per write. The server reads it
// back through the accessors after the handler returns.
//
//===----------------------------------------------------------------------===//
#include "server/Server.h"

#include "http/ContentCoding.h"
#include "http/ResponseWriter.h"

#include <stdlib.h>
#include <string.h>

namespace kiln::server {

ServerResponse::~ServerResponse() { free(body_); }

void ServerResponse::reset() {
  status = 200;
  headerSize_ = 0;
  bodySize_ = 0;
  pieceCount_ = 0;
  lengthUnknown_ = false;
}

bool ServerResponse::header(const char *name, const char *value) {
  http::ResponseWriter writer(headers_ + headerSize_,
                              kHeaderCapacity - headerSize_);
  if (!writer.header(name, value))
    return false;
  headerSize_ += writer.size();
  return true;
}

const char *ServerResponse::findHeader(const char *name, size_t *length) const {
  size_t nameLength = strlen(name);
  // Every line is "name: value\r\n", written by ResponseWriter::header.
  for (size_t i = 0; i < headerSize_;) {
    const char *line = reinterpret_cast<const char *>(headers_ + i);
    const char *colon =
        static_cast<const char *>(memchr(line, ':', headerSize_ - i));
    const char *end = static_cast<const char *>(
        memchr(colon, '\r', headerSize_ - size_t(colon - line) - i));
    if (size_t(colon - line) == nameLength &&
        http::equalsIgnoringCase(line, nameLength, name)) {
      *length = size_t(end - colon - 2);
      return colon + 2;
    }
    i += size_t(end - line) + 2;
  }
  return nullptr;
}

bool ServerResponse::write(const void *data, size_t length) {
  if (length == 0)
    return true;
  if (bodyCapacity_ - bodySize_ < length) {
    size_t want = bodyCapacity_ ? bodyCapacity_ * 2 : 4096;
    while (want - bodySize_ < length)
      want *= 2;
    auto *grown = static_cast<uint8_t *>(realloc(body_, want));
    if (!grown)
      return false;
    body_ = grown;
    bodyCapacity_ = want;
  }
  memcpy(body_ + bodySize_, data, length);
  bodySize_ += length;
  if (pieceCount_ < kMaxPieces)
    pieceEnds_[pieceCount_++] = bodySize_;
  else
    pieceEnds_[kMaxPieces - 1] = bodySize_;
  return true;
}

} // namespace kiln::server

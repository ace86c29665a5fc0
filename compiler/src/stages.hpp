// The recognisers that turn flattened lines into the model, one stage per file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lines.hpp"
#include "vanban/document.hpp"

namespace vanban::stages {

using Lines = std::vector<lines::Line>;

/// Half-open range of line indices.
struct Range {
  std::size_t begin = 0, end = 0;
};

/// Header: issuing body, motto, number, place and date, type, subject, Kính gửi.
/// Returns the index of the first body line.
std::size_t recognise_header(const Lines& lines, Document& doc);

/// Closing: Nơi nhận (recipients, archive) and the signature block, searched after `body_begin`.
/// Returns the index where the body ends.
std::size_t recognise_closing(const Lines& lines, std::size_t body_begin, Document& doc);

/// Identity printed at the end: a law's adoption date ("… thông qua ngày …"), a consolidated
/// text's number, date and certifying body (XÁC THỰC VĂN BẢN HỢP NHẤT).
void recognise_enactment(const Lines& lines, Document& doc);

/// Recipients from the items of a Kính gửi or Nơi nhận list (already split into lines).
void add_recipients(std::string_view item, int line, RecipientRole role, Document& doc);

/// Sections (I., 1., a), Điều 1.) and tasks of the body.
void recognise_body(const Lines& lines, Range body, Document& doc);

/// True when a line opens a top-level section ("I. …", "Điều 1. …", "Chương I").
bool opens_section(std::string_view line);

/// Citations of other documents in the subject and the body.
void extract_references(const Lines& lines, Range body, Document& doc);

} // namespace vanban::stages

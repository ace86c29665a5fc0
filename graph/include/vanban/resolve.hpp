// Reference resolution: which archived document a citation means, without guessing.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "vanban/document.hpp"

namespace vanban::graph {

struct Resolution {
  enum class Kind { Resolved, Ambiguous, External };
  Kind kind = Kind::External;
  std::vector<std::string> ids; ///< the target (Resolved) or the candidates (Ambiguous)
};

/// Resolves references against a set of documents. Numbers restart every year and every office
/// has its own sequence, so a citation is matched on the normalised number, then the date
/// (exact, else the year), then the issuer it names (abbreviations and full names alike, and the
/// citing document's own province when it says only "LĐLĐ tỉnh"). Candidates that remain tied
/// make the reference ambiguous. Lookup is a hash of the number: linear in the archive.
class Resolver {
public:
  Resolver();
  ~Resolver();
  Resolver(Resolver&&) noexcept;
  Resolver& operator=(Resolver&&) noexcept;

  /// Adds a document under its archive id: by its number, and a law or code also by its title.
  void add(const std::string& id, const Document& doc);
  /// Resolves one reference of `citing` (whose id is `citing_id`, never its own target).
  /// Not thread-safe: it caches the profile of each citing document.
  Resolution resolve(const std::string& citing_id, const Document& citing,
                     const Reference& ref) const;

  /// The key titles are matched on: the type, then the title's words folded and joined.
  static std::string title_key(const std::string& type, const std::string& title);

private:
  /// A citation by title ("Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015"): type, title, date.
  Resolution resolve_title(const std::string& citing_id, const Reference& ref) const;

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace vanban::graph

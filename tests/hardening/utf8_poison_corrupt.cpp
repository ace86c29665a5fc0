// Test tool: damages the stored model of one archived document, as a bad disk block or a foreign
// writer would, so that the tests can show one bad record costs only itself.
//   utf8_poison_corrupt DB PATH json|utf8|shape
// Replaces the data of the document whose stored model has "path":"PATH" with text that is not
// JSON, not UTF-8, or JSON of the wrong shape; its terms and values stay. Exit 1 when no document
// has that path.
#include <xapian.h>

#include <iostream>
#include <string>

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: utf8_poison_corrupt DB PATH json|utf8|shape\n";
    return 2;
  }
  const std::string mode = argv[3];
  const std::string needle = std::string("\"path\":\"") + argv[2] + "\"";
  const std::string damaged = mode == "json"   ? std::string("{\"schema\":\"vanban.document/1\",")
                              : mode == "utf8" ? std::string("{\"schema\":\"vanban.document/1\","
                                                             "\"subject\":\"K\xFF\xFE\"}")
                                               : std::string("{\"schema\":\"vanban.document/1\","
                                                             "\"references\":42}");
  Xapian::WritableDatabase db(argv[1], Xapian::DB_OPEN);
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    Xapian::Document doc = db.get_document(*it);
    if (doc.get_data().find(needle) == std::string::npos) continue;
    doc.set_data(damaged);
    db.replace_document(*it, doc);
    db.commit();
    return 0;
  }
  std::cerr << "no stored model with " << needle << "\n";
  return 1;
}

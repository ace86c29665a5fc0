// Query-string parameters checked against their allowed values (HttpError 400 otherwise).
#pragma once

#include <httplib.h>

#include <initializer_list>
#include <string>

namespace vanban::serve {

/// A decimal integer in [min, max]; `fallback` when the parameter is absent.
long int_param(const httplib::Request& req, const std::string& name, long fallback, long min,
               long max);

/// One of `allowed`; `allowed`'s first value when the parameter is absent.
std::string choice_param(const httplib::Request& req, const std::string& name,
                         std::initializer_list<const char*> allowed);

} // namespace vanban::serve

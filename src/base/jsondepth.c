/* jsondepth.c - nesting depth of a JSON text (see tocsin/json.h). */
#include "tocsin/json.h"

int tocsin_json_depth(const char *s, size_t n, int cap)
{
    int depth = 0, deepest = 0, in_str = 0;
    for (size_t i = 0; s && i < n && deepest <= cap; i++) {
        char c = s[i];
        if (in_str) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_str = 0;
        } else if (c == '"') {
            in_str = 1;
        } else if (c == '[' || c == '{') {
            if (++depth > deepest)
                deepest = depth;
        } else if ((c == ']' || c == '}') && depth > 0) {
            depth--;
        }
    }
    return deepest;
}

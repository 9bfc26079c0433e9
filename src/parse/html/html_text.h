// Plain text of an HTML document with its block structure kept: paragraphs,
// headings and list items on their own lines, one table row per line with
// cells separated, entities decoded, <script>, <style>, <head> and hidden
// inline-XBRL headers (<ix:header>, display:none) dropped.
//
// A streaming tag scanner, not a DOM: the full-text path must run at
// 100+ MB/s and needs no tree.
//
// The text, in detail:
// - White space collapses as in a browser (space, tab, CR, LF, FF, no-break
//   space) except inside <pre>, where it is kept and CR LF becomes LF.
// - <p>, <h1>..<h6>, <table>, <pre>, <blockquote> and <hr> leave a blank
//   line; <div>, <li>, <tr>, <dt>, <dd>, <ul>, <ol>, <caption>, <center>,
//   <section> and other blocks a line break; <br> one line break each.
//   Never more than one blank line in a row, and none at the start.
// - A table row is one line, its cells separated by " | ". Empty cells
//   (spacers, &nbsp;) write nothing, and a cell holding only "$" or "(" is
//   joined to the next, a cell starting with ")" or "%" to the previous one,
//   so a Word-style row reads "Net sales | $2,014 | (32)". Line breaks inside
//   a cell become spaces ("Three Months<br>Ended"), unless the cell holds
//   more than 256 bytes of text: then it is a layout container and keeps
//   them. Nested tables start on lines of their own.
// - Character references: all HTML 4 names plus &apos;, decimal and hex
//   numbers, as UTF-8 (parse/html/entities.h); &nbsp; is a space, &shy;
//   and zero-width spaces disappear, unknown references stay as written.
//   Other bytes are copied as they are (no transcoding of Windows-1252).
// - Dropped: the content of <script>, <style> and <title> (all of a
//   <head> that would be text), comments, <!DOCTYPE>, <![CDATA[...]]>,
//   <?xml ...?>, <ix:header> and every element whose style attribute says
//   display:none, with its whole subtree (an unclosed one hides the rest of
//   the document, as in a browser).
// - Tag and attribute names are case-insensitive; a '>' inside a quoted
//   attribute value does not end the tag; a '<' that starts no tag is text.
// - out->anchors map text back to source bytes; inserted line breaks and
//   separators map to the markup just before the text that follows them,
//   decoded references to their '&'.

#pragma once

#include <string_view>

#include "parse/text/text_output.h"

namespace edgard::html {

// Replaces `out` with the plain text of `source`. Never fails; linear time.
void HtmlToText(std::string_view source, text::TextOutput* out);

}  // namespace edgard::html

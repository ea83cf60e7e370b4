// Reading an answer file in the browser exactly as `equality-assess validate` and `report` read
// it: the same byte checks, the same JSON and CSV rules, the same validation, the same places
// named. The reading rules themselves are data (data.rules, from ReadingRules.swift; data.reading,
// from the framework), so no word list is kept here. This file mirrors AnswerLoader, AnswerJSON,
// AnswerCSV, CSVReader, JSONParser and AnswerValidator in Sources/EqualityCore; the conformance
// corpus (Tests/EqualityTests/Fixtures/conformance, run by .ci/form_conformance.py) pins the two
// together. Plain ES5.

var rules = data.rules, reading = data.reading;

// MARK: Reading rules (ReadingRules.swift)

function isBlankCode(c) {
  if (c > 0x20 && c < 0x85) { return false; }
  for (var i = 0; i < rules.blank.length; i++) {
    if (c >= rules.blank[i][0] && c <= rules.blank[i][1]) { return true; }
  }
  return false;
}
function codes(text) {
  var out = [], i, c;
  for (i = 0; i < text.length; i++) {
    c = text.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.length) {
      var d = text.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) { out.push((c - 0xD800) * 0x400 + (d - 0xDC00) + 0x10000); i++; continue; }
    }
    out.push(c);
  }
  return out;
}
function fromCodes(list) {
  var s = "";
  list.forEach(function (c) { s += String.fromCodePoint ? String.fromCodePoint(c) : String.fromCharCode(c); });
  return s;
}
function blank(text) { return codes(text || "").every(isBlankCode); }
function trimmed(text) {
  var c = codes(text || ""), a = 0, b = c.length;
  while (a < b && isBlankCode(c[a])) { a++; }
  while (b > a && isBlankCode(c[b - 1])) { b--; }
  return fromCodes(c.slice(a, b));
}
function ruleKey(text) {
  var out = "", gap = false;
  codes(trimmed(text).toLowerCase()).forEach(function (c) {
    if (c === 0x20 || c === 0x5F || c === 0x2D || isBlankCode(c)) { gap = true; return; }
    if (gap && out) { out += "-"; }
    gap = false;
    out += (c === 0x2019 || c === 0x2018) ? "'" : fromCodes([c]);
  });
  return out;
}
function responseOf(raw, ids) {
  if (ids.indexOf(raw) >= 0) { return raw; }
  var k = ruleKey(raw);
  if (ids.indexOf(k) >= 0) { return k; }
  var alias = rules.responseAliases[k];
  return alias && ids.indexOf(alias) >= 0 ? alias : null;
}
function booleanOf(raw) {
  var k = ruleKey(raw);
  if (rules.yes.indexOf(k) >= 0) { return true; }
  if (rules.no.indexOf(k) >= 0) { return false; }
  return null;
}
function isISODate(text) {
  var m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
  if (!m) { return false; }
  var y = +m[1], mo = +m[2], d = +m[3];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) { return false; }
  var days = [31, (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[mo - 1];
}
function dateOf(raw) {
  var text = trimmed(raw);
  if (isISODate(text)) { return text; }
  if (text.length > 10) {
    var t = text.search(/[T ]/);
    if (t >= 0 && isISODate(text.slice(0, t))) { return text.slice(0, t); }
  }
  var parts = text.split("/");
  if (parts.length !== 3 || parts[0].length > 2 || parts[1].length > 2 || (parts[2].length !== 4 && parts[2].length !== 2)) { return null; }
  if (!parts.every(function (p) { return /^[0-9]+$/.test(p); })) { return null; }
  var y = parseInt(parts[2], 10) + (parts[2].length === 2 ? 2000 : 0);
  function pad(n) { return n < 10 ? "0" + n : String(n); }
  var iso = (y < 1000 ? ("000" + y).slice(-4) : String(y)) + "-" + pad(parseInt(parts[1], 10)) + "-" + pad(parseInt(parts[0], 10));
  return isISODate(iso) ? iso : null;
}
function questionIdOf(raw, ids) {
  var text = trimmed(raw);
  if (ids.indexOf(text) >= 0) { return text; }
  var upper = text.toUpperCase();
  for (var i = 0; i < ids.length; i++) { if (ids[i].toUpperCase() === upper) { return ids[i]; } }
  return null;
}
function countOf(raw) {
  var m = /^([0-9]{1,7})(\.0+)?$/.exec(trimmed(raw));
  if (!m) { return null; }
  var n = parseInt(m[1], 10);
  return n <= 1000000 ? n : null;
}
function contextValueOf(field, raw) {
  if (field === "servesUnder18s") { var b = booleanOf(raw); return b === null ? null : String(b); }
  var k = ruleKey(raw), choices = rules.context[field] || [];
  for (var i = 0; i < choices.length; i++) {
    if (ruleKey(choices[i].value) === k || ruleKey(choices[i].label) === k) { return choices[i].value; }
  }
  return null;
}
function perspectiveOf(raw) {
  var k = ruleKey(raw);
  for (var i = 0; i < rules.perspectives.length; i++) {
    var p = rules.perspectives[i];
    if (ruleKey(p.value) === k || ruleKey(p.label) === k) { return p.value; }
  }
  return null;
}
// Spelling.swift: the known word nearest a misspelt one.
function nearest(word, candidates) {
  function distance(a, b) {
    a = codes(a); b = codes(b);
    if (!a.length) { return b.length; }
    if (!b.length) { return a.length; }
    var prev = [], cur = [], i, j;
    for (j = 0; j <= b.length; j++) { prev[j] = j; }
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      for (j = 1; j <= b.length; j++) { cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)); }
      prev = cur;
    }
    return prev[b.length];
  }
  var lower = word.toLowerCase(), best = null, bestD = Infinity;
  candidates.forEach(function (c) { var d = distance(lower, c.toLowerCase()); if (d < bestD) { bestD = d; best = c; } });
  if (best !== null && bestD > 0 && bestD <= Math.min(2, Math.floor(codes(word).length / 3))) { return best; }
  var stem = fromCodes(codes(lower).slice(0, 4));
  if (codes(stem).length === 4) {
    for (var k = 0; k < candidates.length; k++) {
      var c = candidates[k].toLowerCase();
      if (c.indexOf(stem) === 0 && c !== lower) { return candidates[k]; }
    }
  }
  return null;
}

// MARK: Bytes to text

function ReadError(location, message) { this.location = location; this.message = message; }
function starts(bytes, prefix) { return prefix.every(function (b, i) { return bytes[i] === b; }); }

// CSVReader.utf8: "Unicode text" (UTF-16 with a byte order mark) becomes ordinary text.
function utf16Text(bytes) {
  if (starts(bytes, [0xFF, 0xFE])) { return new TextDecoder("utf-16le").decode(bytes.subarray(2, bytes.length - (bytes.length % 2))); }
  if (starts(bytes, [0xFE, 0xFF])) { return new TextDecoder("utf-16be").decode(bytes.subarray(2, bytes.length - (bytes.length % 2))); }
  return null;
}
function utf8Text(bytes) {
  var body = starts(bytes, [0xEF, 0xBB, 0xBF]) ? bytes.subarray(3) : bytes;
  try { return new TextDecoder("utf-8", { fatal: true }).decode(body); } catch (e) { return null; }
}
function lossyFirstLine(bytes) {
  var body = starts(bytes, [0xEF, 0xBB, 0xBF]) ? bytes.subarray(3) : bytes, end = 0;
  while (end < body.length && body[end] !== 0x0A && body[end] !== 0x0D) { end++; }
  return new TextDecoder("utf-8").decode(body.subarray(0, end));
}
// CSVReader.separator: the one of comma, semicolon and tab that makes question and response columns.
function separatorOf(firstLine) {
  var found = null;
  [",", ";", "\t"].some(function (sep) {
    var names = firstLine.split(sep).map(function (cell) {
      var t = trimmed(cell).toLowerCase();
      if (t.length >= 2 && t.charAt(0) === '"' && t.charAt(t.length - 1) === '"') { t = t.slice(1, -1); }
      return t;
    });
    if (names.indexOf("question") >= 0 && names.indexOf("response") >= 0) { found = sep; return true; }
    return false;
  });
  return found;
}

// MARK: JSON (JSONParser.swift): strict, duplicate keys refused, at most 64 levels deep.

function parseJSON(text) {
  var i = 0, line = 1, lineStart = 0;
  function fail(message, at) {
    var p = at === undefined ? i : at, l = 1, s = 0;
    for (var k = 0; k < p; k++) { if (text.charCodeAt(k) === 10) { l++; s = k + 1; } }
    throw new ReadError("line " + l + ", column " + (p - s + 1), message);
  }
  function ws() { while (i < text.length && " \t\n\r".indexOf(text.charAt(i)) >= 0) { i++; } }
  function value(depth) {
    if (depth >= 64) { fail("nesting is deeper than 64 levels"); }
    var ch = text.charAt(i);
    if (i >= text.length) { fail("unexpected end of file; the JSON is incomplete"); }
    if (ch === "{") { return object(depth); }
    if (ch === "[") { return array(depth); }
    if (ch === '"') { return { kind: "string", value: string() }; }
    if (text.substr(i, 4) === "true") { i += 4; return { kind: "bool", value: true }; }
    if (text.substr(i, 5) === "false") { i += 5; return { kind: "bool", value: false }; }
    if (text.substr(i, 4) === "null") { i += 4; return { kind: "null", value: null }; }
    var m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (m && m[0]) { i += m[0].length; return { kind: "number", value: parseFloat(m[0]) }; }
    fail("unexpected character; expected a JSON value");
  }
  function string() {
    i++;
    var out = "";
    while (true) {
      if (i >= text.length) { fail("unexpected end of file inside a string"); }
      var ch = text.charAt(i), c = text.charCodeAt(i);
      if (ch === '"') { i++; return out; }
      if (c < 0x20) { fail("control character in a string; write it as an escape"); }
      if (ch === "\\") {
        var e = text.charAt(i + 1);
        var map = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (map.hasOwnProperty(e)) { out += map[e]; i += 2; continue; }
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.substr(i + 2, 4))) {
          var u = parseInt(text.substr(i + 2, 4), 16);
          i += 6;
          if (u >= 0xD800 && u <= 0xDBFF && text.substr(i, 2) === "\\u" && /^[dD][c-fC-F][0-9a-fA-F]{2}$/.test(text.substr(i + 2, 4))) {
            out += String.fromCharCode(u, parseInt(text.substr(i + 2, 4), 16));
            i += 6;
          } else if (u >= 0xD800 && u <= 0xDFFF) {
            fail("a lone surrogate escape is not a character");
          } else {
            out += String.fromCharCode(u);
          }
          continue;
        }
        fail("invalid escape");
      }
      out += ch;
      i++;
    }
  }
  function object(depth) {
    i++;
    var members = [], seen = {};
    ws();
    if (text.charAt(i) === "}") { i++; return { kind: "object", value: members }; }
    while (true) {
      ws();
      if (text.charAt(i) !== '"') { fail(i >= text.length ? "unexpected end of file inside an object" : "expected a quoted key"); }
      var at = i, k = string();
      if (Object.prototype.hasOwnProperty.call(seen, k)) { fail("duplicate key \"" + k + "\"; each key may appear once in an object", at); }
      seen[k] = true;
      ws();
      if (text.charAt(i) !== ":") { fail("expected ':' after the key \"" + k + "\""); }
      i++;
      ws();
      members.push({ key: k, value: value(depth + 1) });
      ws();
      var ch = text.charAt(i);
      if (ch === ",") { i++; continue; }
      if (ch === "}") { i++; return { kind: "object", value: members }; }
      fail(i >= text.length ? "unexpected end of file inside an object; is a '}' missing?" : "expected ',' or '}' in an object");
    }
  }
  function array(depth) {
    i++;
    var items = [];
    ws();
    if (text.charAt(i) === "]") { i++; return { kind: "array", value: items }; }
    while (true) {
      ws();
      items.push(value(depth + 1));
      ws();
      var ch = text.charAt(i);
      if (ch === ",") { i++; continue; }
      if (ch === "]") { i++; return { kind: "array", value: items }; }
      fail(i >= text.length ? "unexpected end of file inside an array; is a ']' missing?" : "expected ',' or ']' in an array");
    }
  }
  ws();
  if (i >= text.length) { fail("the file is empty; expected a JSON object"); }
  var v = value(0);
  ws();
  if (i < text.length) { fail("unexpected text after the end of the JSON value"); }
  return v;
}

function kindName(v) {
  return { "null": "null", bool: "a boolean", number: "a number", string: "a string", array: "an array", object: "an object" }[v.kind];
}

// MARK: Answer JSON (AnswerJSON.swift, JSONReader.swift)

function emptySet() {
  return { framework: "", frameworkVersion: "", respondent: { organisation: "", role: "", perspective: "", exercise: "", date: "" },
           agreedWith: [], drawnFrom: [], context: {}, profile: {}, answers: [] };
}

function decodeJSON(root, problems) {
  var set = emptySet();
  function add(location, message) { problems.push({ location: location, message: message }); }
  function join(path, key) { return path ? path + "." + key : key; }
  function member(obj, k) {
    for (var n = 0; n < obj.value.length; n++) { if (obj.value[n].key === k) { return obj.value[n].value; } }
    return null;
  }
  function objectOf(node, path, allowed) {
    if (node.kind !== "object") { add(path, "expected an object, found " + kindName(node)); return null; }
    node.value.forEach(function (m) {
      if (allowed.indexOf(m.key) < 0) {
        var near = nearest(m.key, allowed);
        add(join(path, m.key), "unknown field (" + (near ? "did you mean \"" + near + "\"?" : "allowed: " + allowed.filter(function (a) { return a !== "$schema"; }).join(", ")) + ")");
      }
    });
    return node;
  }
  function field(obj, path, k, required) {
    var v = member(obj, k);
    if (v === null || v.kind === "null") { if (required) { add(join(path, k), "required field is missing"); } return null; }
    return v;
  }
  function stringOf(v, path) {
    if (v.kind !== "string") { add(path, "expected a string, found " + kindName(v)); return null; }
    return v.value;
  }
  function text(obj, path, k, required) {
    var v = field(obj, path, k, required);
    if (!v) { return null; }
    var s = stringOf(v, join(path, k));
    if (s === null) { return null; }
    if (blank(s)) { add(join(path, k), "must not be empty"); return null; }
    return s;
  }
  function freeText(obj, path, k) {
    var v = field(obj, path, k, false);
    return v ? stringOf(v, join(path, k)) : null;
  }
  function arrayOf(v, path) {
    if (v.kind !== "array") { add(path, "expected an array, found " + kindName(v)); return null; }
    return v.value;
  }
  function perspectives(v, path) {
    var out = [];
    if (!v) { return out; }
    (arrayOf(v, path) || []).forEach(function (item, n) {
      var ok = item.kind === "string" && rules.perspectives.some(function (p) { return p.value === item.value; });
      if (!ok) { add(path + "[" + n + "]", "expected a perspective: " + rules.perspectives.map(function (p) { return p.value; }).join(", ")); return; }
      if (out.indexOf(item.value) < 0) { out.push(item.value); }
    });
    return out;
  }
  var top = ["$schema", "framework", "frameworkVersion", "language", "respondent", "agreedWith", "drawnFrom", "context", "answers", "profile"];
  var o = objectOf(root, "", top);
  if (!o) { return set; }
  set.framework = text(o, "", "framework", true) || "";
  set.frameworkVersion = text(o, "", "frameworkVersion", true) || "";
  var lg = field(o, "", "language", false);
  if (lg) {
    var key = lg.kind === "string" ? lg.value.toLowerCase() : "";
    var tag = Object.prototype.hasOwnProperty.call(rules.languages, key) ? rules.languages[key] : undefined;
    if (tag) { set.language = tag; } else { add("language", "expected a language: " + rules.languageTags.join(" or ")); }
  }
  var r = field(o, "", "respondent", false);
  if (r && objectOf(r, "respondent", rules.respondent)) {
    rules.respondent.forEach(function (k) { set.respondent[k] = freeText(r, "respondent", k) || ""; });
  }
  set.agreedWith = perspectives(field(o, "", "agreedWith", false), "agreedWith");
  set.drawnFrom = perspectives(field(o, "", "drawnFrom", false), "drawnFrom");
  var c = field(o, "", "context", false);
  if (c && objectOf(c, "context", rules.contextFields)) {
    rules.contextFields.forEach(function (f) {
      var v = field(c, "context", f, false);
      if (!v) { return; }
      var value = v.kind === "string" ? contextValueOf(f, v.value) : (v.kind === "bool" && f === "servesUnder18s" ? String(v.value) : null);
      if (value === null) {
        add("context." + f, "expected one of: " + (f === "servesUnder18s" ? "true or false" : rules.context[f].map(function (x) { return x.value; }).join(", ")));
        return;
      }
      set.context[f] = value;
    });
  }
  var answers = field(o, "", "answers", true);
  if (answers) {
    (arrayOf(answers, "answers") || []).forEach(function (node, n) {
      var path = "answers[" + n + "]";
      if (!objectOf(node, path, ["question", "response", "evidence", "notes"])) { return; }
      set.answers.push({ question: text(node, path, "question", true) || "", response: freeText(node, path, "response"),
                         evidence: freeText(node, path, "evidence") || "", notes: freeText(node, path, "notes") || "", location: path });
    });
  }
  var p = field(o, "", "profile", false);
  if (p && p.kind === "object") {
    p.value.forEach(function (m) {
      var path = "profile." + m.key, v = m.value;
      if (v.kind === "number") {
        if (v.value === Math.round(v.value) && v.value >= 0 && v.value <= 1000000) { set.profile[m.key] = { kind: "count", value: v.value }; }
        else { add(path, "expected a whole number of people from 0 to 1000000, found " + v.value); }
      } else if (v.kind === "bool") { set.profile[m.key] = { kind: "yes-no", value: v.value }; }
      else if (v.kind === "array") {
        var items = arrayOf(v, path) || [], chosen = [];
        items.forEach(function (it, n) { var s = stringOf(it, path + "[" + n + "]"); if (s !== null) { chosen.push(s); } });
        set.profile[m.key] = { kind: "choices", value: chosen };
      } else if (v.kind !== "null") {
        add(path, "expected a number, true or false, or a list of option IDs, found " + kindName(v));
      }
    });
  } else if (p) {
    add("profile", "expected an object, found " + kindName(p));
  }
  return set;
}

// MARK: Answer CSV (CSVReader.swift, AnswerCSV.swift, CSVText.swift)

function parseCSV(text, sep) {
  var records = [], fields = [], field = "", line = 1, recordLine = 1, quoteLine = 1, inQuotes = false, afterQuote = false, i = 0;
  function fail(l, message) { throw new ReadError("line " + l, message); }
  while (i < text.length) {
    var ch = text.charAt(i);
    i++;
    if (inQuotes) {
      if (ch === '"') {
        if (text.charAt(i) === '"' && i < text.length) { field += '"'; i++; }
        else { inQuotes = false; afterQuote = true; }
      } else { if (ch === "\n") { line++; } field += ch; }
      continue;
    }
    if (ch === sep) { fields.push(field); field = ""; afterQuote = false; }
    else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text.charAt(i) === "\n") { i++; }
      fields.push(field); field = ""; afterQuote = false;
      records.push({ fields: fields, line: recordLine });
      fields = []; line++; recordLine = line;
    } else if (ch === '"') {
      if (field === "" && !afterQuote) { inQuotes = true; quoteLine = line; }
      else { fail(line, "a quote inside an unquoted field; put the whole field in quotes and double the quote (\"\")"); }
    } else {
      if (afterQuote) { fail(line, "text after a closing quote; a quoted field must end at a comma or line end"); }
      field += ch;
    }
  }
  if (inQuotes) { fail(quoteLine, "a quoted field is never closed; add the missing \""); }
  if (field !== "" || fields.length || afterQuote) { fields.push(field); records.push({ fields: fields, line: recordLine }); }
  return records;
}
var formulaTriggers = ["=", "+", "-", "@", "\t", "\r"];
function needsNeutralising(t) {
  if (!t) { return false; }
  var first = t.charAt(0);
  if (formulaTriggers.indexOf(first) >= 0) { return true; }
  if (first === "'" && t.length > 1) {
    var second = t.charAt(1);
    return formulaTriggers.indexOf(second) >= 0 || (second === "'" && needsNeutralising(t.slice(1)));
  }
  return false;
}
function restoreCell(cell) { return cell.charAt(0) === "'" && needsNeutralising(cell.slice(1)) ? cell.slice(1) : cell; }
function swiftWhole(text) {
  if (!/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(text)) { return null; }
  var d = parseFloat(text);
  return d === Math.round(d) && Math.abs(d) <= 1e9 ? d : null;
}

function decodeCSV(text, sep, problems) {
  var set = emptySet();
  function add(location, message) { problems.push({ location: location, message: message }); }
  var records = parseCSV(text, sep);
  if (!records.length) { throw new ReadError("line 1", "the file is empty; expected a header row with question,response,evidence,notes"); }
  var names = records[0].fields.map(function (x) { return trimmed(x).toLowerCase(); });
  var columns = {};
  ["question", "response", "evidence", "notes"].forEach(function (name) {
    var at = names.indexOf(name);
    if (at >= 0) { columns[name] = at; }
    else if (name === "question" || name === "response") {
      add("row 1", "no \"" + name + "\" column; the header needs at least question,response (evidence and notes are read too)");
    }
  });
  if (problems.length) { return set; }
  var frameworkColumn = names.indexOf("framework"), rowFrameworks = [];
  records.slice(1).forEach(function (record, n) {
    var row = n + 2, place = record.line === row ? "row " + row : "row " + row + " (line " + record.line + ")";
    if (record.fields.every(blank)) { return; }
    if (record.fields.length > names.length && record.fields.slice(names.length).some(function (x) { return !blank(x); })) {
      add(place, "has " + record.fields.length + " cells but the header has " + names.length + "; is a comma missing its quotes?");
      return;
    }
    function cell(col) { return col === undefined || col < 0 || col >= record.fields.length ? "" : restoreCell(record.fields[col]).replace(/\r/g, ""); }
    var key = trimmed(cell(columns.question)), value = trimmed(cell(columns.response));
    if (frameworkColumn >= 0 && key.indexOf("framework:") !== 0) {
      var id = trimmed(cell(frameworkColumn));
      if (id) { rowFrameworks.push({ place: place + ", column framework", id: id }); }
    }
    if (key.indexOf("framework:") === 0) {
      if (key === "framework:id") { set.framework = value; }
      else if (key === "framework:version") { set.frameworkVersion = value; }
      else if (key === "framework:agreedWith" || key === "framework:drawnFrom") {
        var list = [];
        value.split(";").map(trimmed).filter(function (x) { return x; }).forEach(function (item) {
          var ids = rules.perspectives.map(function (p) { return p.value; });
          if (ids.indexOf(item) < 0) {
            var near = nearest(item, ids);
            add(place + ", column response", "\"" + item + "\" is not a perspective (" + (near ? "did you mean \"" + near + "\"?" : "one of " + ids.join(", ") + ", separated by ;") + ")");
            return;
          }
          if (list.indexOf(item) < 0) { list.push(item); }
        });
        if (key === "framework:agreedWith") { set.agreedWith = list; } else { set.drawnFrom = list; }
      } else {
        add(place + ", column question", "unknown row \"" + key + "\" (known: framework:id, framework:version, framework:drawnFrom, framework:agreedWith)");
      }
    } else if (key.indexOf("respondent:") === 0) {
      var f = key.slice(11);
      if (f === "date" && !blank(value)) {
        var iso = dateOf(value);
        if (iso) { set.respondent.date = iso; }
        else { add(place + ", column response", "\"" + value + "\" is not a date; write it as " + rules.dateForms.join(", or ")); }
      } else if (rules.respondent.indexOf(f) >= 0) {
        set.respondent[f] = cell(columns.response);
      } else {
        add(place + ", column question", "unknown respondent field \"" + f + "\" (known: " + rules.respondent.join(", ") + ")");
      }
    } else if (key.indexOf("context:") === 0) {
      var name = key.slice(8);
      if (rules.contextFields.indexOf(name) < 0) {
        add(place + ", column question", "unknown context field \"" + name + "\" (known: " + rules.contextFields.join(", ") + ")");
        return;
      }
      if (blank(value)) { return; }
      var v = contextValueOf(name, value);
      if (v === null) { add(place + ", column response", "\"" + value + "\" is not one of: " + rules.context[name].map(function (x) { return x.value; }).join(", ")); return; }
      set.context[name] = v;
    } else if (key.indexOf("profile:") === 0) {
      var pf = key.slice(8);
      if (blank(value)) { return; }
      var count = countOf(value), whole = swiftWhole(value), yes = booleanOf(value);
      if (count !== null) { set.profile[pf] = { kind: "count", value: count }; }
      else if (whole !== null) { add(place + ", column response", "expected a whole number of people from 0 to 1000000, found " + whole); }
      else if (yes !== null) { set.profile[pf] = { kind: "yes-no", value: yes }; }
      else { set.profile[pf] = { kind: "choices", value: value.split(";").map(trimmed).filter(function (x) { return x; }) }; }
    } else {
      set.answers.push({ question: key, response: value === "" ? null : value, evidence: cell(columns.evidence), notes: cell(columns.notes), location: place });
    }
  });
  if (rowFrameworks.length) {
    var answered = set.framework || rowFrameworks[0].id;
    rowFrameworks.forEach(function (r) {
      if (r.id !== answered) { add(r.place, "names framework \"" + r.id + "\", but this file answers \"" + answered + "\"; one file answers one framework: split the rows into a file per framework, or correct the column"); }
    });
    if (!set.framework) { set.framework = answered; }
  }
  return set;
}

// MARK: Validation (AnswerValidator.swift), against this form's framework or an archived version

function validateSet(set, version, problems) {
  var result = JSON.parse(JSON.stringify(set));
  var isCSV = set.answers.length && set.answers[0].location.indexOf("row") === 0;
  function add(location, message) { problems.push({ location: location, message: message }); }
  function place(a, column) { return a.location.indexOf("row") === 0 ? a.location + ", column " + column : a.location + "." + column; }
  var ids = version.questions, responses = version.responses.map(function (r) { return r.id; });
  var date = set.respondent.date;
  if (!blank(date)) {
    var iso = dateOf(date);
    if (iso) { result.respondent.date = iso; }
    else { add(isCSV ? "row with question \"respondent:date\"" : "respondent.date", "\"" + date + "\" is not a date; write it as " + rules.dateForms.join(", or ")); }
  } else if (date !== "") { result.respondent.date = ""; }
  var perspective = set.respondent.perspective, known = perspectiveOf(perspective);
  if (known) { result.respondent.perspective = known; }
  else if (!blank(perspective)) {
    add(isCSV ? "row with question \"respondent:perspective\"" : "respondent.perspective", "\"" + perspective + "\" is not a perspective");
  }
  var seen = {};
  set.answers.forEach(function (original, n) {
    var a = { question: original.question, response: original.response, notes: original.notes, location: original.location };
    if (blank(a.question)) { return; }
    if (ids.indexOf(a.question) < 0) {
      var id = questionIdOf(a.question, ids);
      if (id) { a.question = id; result.answers[n].question = id; }
    }
    if (ids.indexOf(a.question) < 0) {
      var near = nearest(trimmed(a.question).toUpperCase(), ids);
      add(place(a, "question"), "unknown question \"" + a.question + "\" in " + data.framework + " " + version.version + (near ? " (did you mean \"" + near + "\"?)" : ""));
      return;
    }
    if (seen[a.question]) { add(place(a, "question"), "\"" + a.question + "\" is answered twice; keep one answer"); return; }
    seen[a.question] = true;
    if (a.response === null || blank(a.response)) { if (a.response !== null) { result.answers[n].response = null; } return; }
    var response = responseOf(a.response, rules.responseIDs);
    if (!response) {
      add(place(a, "response"), "unknown response \"" + a.response + "\" (allowed: " + rules.responseIDs.join(", ") + ")");
      return;
    }
    result.answers[n].response = response;
    var option = version.responses.filter(function (r) { return r.id === response; })[0];
    if (option && option.requiresReason && blank(a.notes)) {
      add(place(a, "notes"), response + " needs a reason in notes: say why " + a.question + " does not apply");
    }
  });
  Object.keys(set.context).forEach(function (f) {
    if (version.context.indexOf(f) < 0) {
      add(isCSV ? "row with question \"context:" + f + "\"" : "context." + f, "the framework " + data.framework + " does not ask " + f + "; remove it");
    }
  });
  var profileFields = version.profile || [];
  var pkeys = Object.keys(set.profile).sort();
  function ppath(k) { return isCSV ? "row with question \"profile:" + k + "\"" : "profile." + k; }
  if (!version.hasProfile && pkeys.length) {
    add(isCSV ? "profile rows" : "profile", "the framework " + data.framework + " has no organisation profile; remove these answers");
  } else {
    pkeys.forEach(function (k) {
      var f = profileFields.filter(function (x) { return x.id === k; })[0], v = set.profile[k];
      if (!f) { add(ppath(k), "unknown profile field"); return; }
      if (f.kind === "choices" && v.kind === "choices") {
        v.value.forEach(function (o) { if (f.options.indexOf(o) < 0) { add(ppath(k), "unknown option \"" + o + "\""); } });
      } else if (f.kind !== v.kind) {
        add(ppath(k), f.kind === "count" ? "expected a whole number of people" : f.kind === "yes-no" ? (isCSV ? "expected yes or no" : "expected true or false") : (isCSV ? "expected option IDs separated by ;" : "expected a list of option IDs"));
      }
    });
    // NetworkRule.Share.problem in OrganisationProfile.swift.
    (version.shares || []).forEach(function (s) {
      var part = set.profile[s.part], whole = set.profile[s.whole], u = s.undisclosed ? set.profile[s.undisclosed] : null;
      if (!part || !whole || part.kind !== "count" || whole.kind !== "count") { return; }
      if (part.value > whole.value) {
        add(ppath(s.part), part.value + " is more than the total " + s.whole + " (" + whole.value + "); check the headcounts");
      } else if (u && u.kind === "count" && part.value + u.value > whole.value) {
        add(ppath(s.undisclosed), part.value + " (" + s.part + ") and " + u.value + " who prefer not to say are more than the total " + s.whole + " (" + whole.value + "); check the headcounts");
      }
    });
  }
  return result;
}

// MARK: The whole file (AnswerLoader.swift)

// Reads a file's bytes as `report` does. The result: the problems `validate` would name (each
// with its place), the answer set when there are none, and, for a file made with an earlier
// version of this framework, what moving it to this version changes.
function readAnswerFile(bytes, name) {
  var problems = [], lower = name.toLowerCase();
  function refused(location, message) { return { problems: [{ location: location, message: message }] }; }
  if (bytes.length > 10 * 1024 * 1024) { return refused("size", "is larger than the 10 MiB limit for input files"); }
  if (starts(bytes, [0x50, 0x4B, 0x03, 0x04]) || starts(bytes, [0xD0, 0xCF, 0x11, 0xE0]) || /\.(xlsx|xlsm|xls|ods)$/.test(lower)) {
    return refused("file type", "is a spreadsheet workbook, not a CSV file; save it as \"CSV UTF-8 (Comma delimited)\" and load that");
  }
  var set;
  try {
    var unicode = utf16Text(bytes), byName = /\.(csv|tsv|txt)$/.test(lower);
    var firstLine = unicode !== null ? unicode.split(/\r|\n/)[0].replace(/^\uFEFF/, "") : lossyFirstLine(bytes.subarray(0, 400));
    var csv = byName || (!/\.json$/.test(lower) && separatorOf(firstLine) !== null);
    if (!csv) {
      var text = utf8Text(bytes);
      if (text === null) { return refused("line 1", "the file is not valid UTF-8 text"); }
      var root;
      try { root = parseJSON(text); } catch (e) {
        if (e instanceof ReadError && !/\.json$/.test(lower) && separatorOf(firstLine) !== null) { csv = true; } else { throw e; }
      }
      if (!csv) { set = decodeJSON(root, problems); }
    }
    if (csv) {
      var body = unicode !== null ? unicode : utf8Text(bytes);
      if (body === null) { return refused("line 1", "the file is not valid UTF-8 text; save it as \"CSV UTF-8\""); }
      var sep = separatorOf(body.split(/\r|\n/)[0]);
      if (!sep) { return refused("row 1", "the header row has no question and response columns separated by commas, semicolons or tabs"); }
      set = decodeCSV(body, sep, problems);
      if (!problems.length && !set.framework && !set.frameworkVersion) {
        // A plain spreadsheet answers the framework it is loaded into (the default one, for the tool).
        set.framework = data.framework;
        set.frameworkVersion = data.version;
      }
    }
  } catch (e) {
    if (e instanceof ReadError) { return refused(e.location, e.message); }
    throw e;
  }
  if (problems.length) { return { problems: annotate(problems, set) }; }
  if (!set.framework) { return refused(csv ? "row with question \"framework:id\"" : "framework", "the answers do not say which framework they answer"); }
  if (set.framework !== data.framework) {
    return { otherFramework: set.framework, problems: [{ location: csv ? "row with question \"framework:id\"" : "framework",
             message: "answers " + set.framework + ", not " + data.framework + "; open it in that framework's form" }] };
  }
  var version = reading.versions[set.frameworkVersion];
  var current = reading.versions[data.version];
  var migration = null;
  if (!version) {
    // AnswerValidator.versionChange: an unknown version is checked against this one, and refused.
    problems.push({ location: csv ? "row with question \"framework:version\"" : "frameworkVersion",
                    message: "the answers were made for version " + (set.frameworkVersion || "(none given)") + " but the framework is " + data.version });
    version = current;
  } else if (set.frameworkVersion !== data.version) {
    migration = { from: set.frameworkVersion, removed: version.removedSince || [], changed: version.changedSince || [], added: version.addedSince || [],
                  contextRemoved: version.context.filter(function (f) { return current.context.indexOf(f) < 0; }),
                  contextAdded: current.context.filter(function (f) { return version.context.indexOf(f) < 0; }) };
  }
  var valid = validateSet(set, version, problems);
  if (problems.length) { return { problems: annotate(problems, set) }; }
  return { problems: [], set: valid, migration: migration };
}

// Each problem about one answer names its question, so the form can show it there too.
function annotate(problems, set) {
  var ids = reading.versions[data.version].questions;
  problems.forEach(function (p) {
    set.answers.forEach(function (a) {
      var at = a.location;
      if (p.location === at || p.location.indexOf(at + ".") === 0 || p.location.indexOf(at + ", ") === 0) {
        p.question = questionIdOf(a.question, ids) || a.question;
      }
    });
  });
  return problems;
}

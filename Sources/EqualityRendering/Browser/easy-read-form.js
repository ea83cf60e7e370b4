// The Easy Read form's own script (after form-common.js). Plain ES5.

var exerciseBox = document.getElementById("respondent-exercise");
var dateBox = document.getElementById("respondent-date");

function more(q) { return form.elements[q + "-more"]; }

// Answers in a loaded file to questions this form does not ask (an earlier form asked more):
// never shown, never lost; saved back exactly as they came.
var kept = [];

// The exercise's legal context, fixed when the form was made (what `inScope` reads).
function formContext() { return data.exerciseContext; }

function collect() {
  var respondent = { perspective: data.perspective };
  var exercise = data.exercise !== null ? data.exercise : exerciseBox.value;
  if (exercise) { respondent.exercise = exercise; }
  if (dateBox.value) { respondent.date = dateBox.value; }
  var out = { framework: data.framework, frameworkVersion: data.version, language: data.language, respondent: respondent, answers: [] };
  if (Object.keys(data.exerciseContext).length) { out.context = data.exerciseContext; }
  data.questions.forEach(function (q) {
    var r = checked(q), words = more(q).value;
    if (!r && !words) { return; }
    var reason = r && data.requiresReason.indexOf(r.value) >= 0;
    if (reason && blank(words)) {
      // "This is not about me" with no reason: the rules leave this one question out (not
      // answered), and the file stays usable; what was chosen is kept in the notes.
      out.answers.push({ question: q, response: "", evidence: "", notes: data.noReasonNote });
      return;
    }
    out.answers.push({ question: q, response: r ? r.value : "", evidence: reason ? "" : words, notes: reason ? words : "" });
  });
  out.answers = out.answers.concat(kept);
  return out;
}

function apply(saved) {
  form.reset();
  var respondent = saved.respondent || {};
  if (exerciseBox) { exerciseBox.value = respondent.exercise || ""; }
  dateBox.value = respondent.date || "";
  kept = (saved.answers || []).filter(function (a) { return data.questions.indexOf(a.question) < 0; });
  (saved.answers || []).forEach(function (a) {
    if (data.questions.indexOf(a.question) < 0) { return; }
    var noReason = !a.response && a.notes === data.noReasonNote;
    all(a.question).forEach(function (x) { x.checked = noReason ? data.requiresReason.indexOf(x.value) >= 0 : x.value === a.response; });
    more(a.question).value = noReason ? "" : (a.evidence || a.notes || "");
  });
  progress();
}

function needsReason(q) {
  var r = checked(q);
  return !!r && inScope(q) && data.requiresReason.indexOf(r.value) >= 0 && blank(more(q).value);
}

// What the rules need words for, asked gently: the answer is kept either way.
function gentle(q) {
  var r = checked(q);
  if (!r || !inScope(q) || !blank(more(q).value)) { return ""; }
  if (data.requiresReason.indexOf(r.value) >= 0) { return data.ask.why; }
  if (data.needsWords.indexOf(r.value) >= 0) { return data.ask.seen; }
  return "";
}

function progress() {
  var answered = 0;
  data.questions.forEach(function (q) {
    document.getElementById("q-" + q).hidden = !inScope(q);
    if (inScope(q) && checked(q)) { answered += 1; }
    var words = gentle(q), box = document.getElementById("check-" + q);
    if (box.textContent !== words) { box.textContent = words; }
  });
  document.getElementById("progress").textContent = wn("answered", answered, answered);
}

document.addEventListener("input", store);
document.addEventListener("change", function (event) { if (event.target.id !== "load") { store(); } });

document.getElementById("save").addEventListener("click", function () {
  var name = download(collect(), "easy-read-answers-" + data.framework + ".json");
  var missing = data.questions.filter(needsReason).map(function (q) { return data.numbers[q]; });
  status.textContent = w("saved", name) + (missing.length ? w("savedMissing", missing.join(", ")) : "");
});

// Load reads the file as the tool does (answer-reader.js); a file the tool would refuse, or one
// giving someone else's view, changes nothing.
document.getElementById("load").addEventListener("change", function (event) {
  var file = event.target.files[0];
  if (!file) { return; }
  var reader = new FileReader();
  reader.onload = function () {
    var result;
    try { result = readAnswerFile(new Uint8Array(reader.result), file.name); } catch (e) { result = { problems: [{ location: "", message: e.message }] }; }
    var list = document.getElementById("load-problems");
    list.setAttribute("data-problems", JSON.stringify(result.problems.map(function (p) { return p.location; })));
    if (result.problems.length) {
      status.textContent = result.otherFramework ? w("otherForm") : w("problem");
      return;
    }
    var perspective = result.set.respondent.perspective;
    if (perspective && perspective !== data.perspective) {
      status.textContent = w("otherView", perspective);
      return;
    }
    var saved = { respondent: result.set.respondent, answers: result.set.answers.map(function (a) {
      return { question: a.question, response: a.response || "", evidence: a.evidence, notes: a.notes };
    }) };
    apply(saved);
    store();
    status.textContent = w("back") + (kept.length ? w("kept") : "");
  };
  reader.readAsArrayBuffer(file);
});

start({ confirmClear: w("confirmClear"), cleared: w("cleared"), restored: w("restored") });

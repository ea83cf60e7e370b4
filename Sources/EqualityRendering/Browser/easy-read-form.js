// The Easy Read form's own script (after form-common.js). Plain ES5.

var exerciseBox = document.getElementById("respondent-exercise");
var dateBox = document.getElementById("respondent-date");

function more(q) { return form.elements[q + "-more"]; }

function collect() {
  var respondent = { perspective: data.perspective };
  var exercise = data.exercise !== null ? data.exercise : exerciseBox.value;
  if (exercise) { respondent.exercise = exercise; }
  if (dateBox.value) { respondent.date = dateBox.value; }
  var out = { framework: data.framework, frameworkVersion: data.version, respondent: respondent, answers: [] };
  data.questions.forEach(function (q) {
    var r = checked(q), words = more(q).value;
    if (!r && !words) { return; }
    var reason = r && data.requiresReason.indexOf(r.value) >= 0;
    out.answers.push({ question: q, response: r ? r.value : "", evidence: reason ? "" : words, notes: reason ? words : "" });
  });
  return out;
}

function apply(saved) {
  form.reset();
  var respondent = saved.respondent || {};
  if (exerciseBox) { exerciseBox.value = respondent.exercise || ""; }
  dateBox.value = respondent.date || "";
  (saved.answers || []).forEach(function (a) {
    if (data.questions.indexOf(a.question) < 0) { return; }
    all(a.question).forEach(function (x) { x.checked = x.value === a.response; });
    more(a.question).value = a.evidence || a.notes || "";
  });
  progress();
}

function needsReason(q) {
  var r = checked(q);
  return !!r && inScope(q) && data.requiresReason.indexOf(r.value) >= 0 && !more(q).value.trim();
}

function progress() {
  var answered = 0;
  data.questions.forEach(function (q) {
    document.getElementById("q-" + q).hidden = !inScope(q);
    if (inScope(q) && checked(q)) { answered += 1; }
    document.getElementById("check-" + q).textContent = needsReason(q) ? "Please tell us why this is not about you." : "";
  });
  document.getElementById("progress").textContent = "You have answered " + answered + (answered === 1 ? " question." : " questions.");
}

document.addEventListener("input", store);
document.addEventListener("change", function (event) { if (event.target.id !== "load") { store(); } });

document.getElementById("save").addEventListener("click", function () {
  var name = download(collect(), "easy-read-answers-" + data.framework + ".json");
  var missing = data.questions.filter(needsReason).map(function (q) { return data.numbers[q]; });
  status.textContent = "Your answers are saved in a file called " + name + "." + (missing.length
    ? " Please tell us why for question " + missing.join(", ") + "." : "");
});

document.getElementById("load").addEventListener("change", function (event) {
  var file = event.target.files[0];
  if (!file) { return; }
  var reader = new FileReader();
  reader.onload = function () {
    try {
      var saved = JSON.parse(String(reader.result).replace(/^\uFEFF/, ""));
      var perspective = (saved.respondent || {}).perspective;
      if (saved.framework !== data.framework) {
        status.textContent = "That file is for a different form. Nothing was changed.";
      } else if (perspective && perspective !== data.perspective) {
        status.textContent = "That file gives the view of a " + perspective + ". Nothing was changed.";
      } else {
        apply(saved);
        store();
        status.textContent = "Your saved answers are back.";
      }
    } catch (e) {
      status.textContent = "That file is not a saved answers file. Nothing was changed.";
    }
  };
  reader.readAsText(file);
});

start({
  confirmClear: "Do you want to clear all your answers?",
  cleared: "All your answers are cleared.",
  restored: "Your answers from last time are back."
});

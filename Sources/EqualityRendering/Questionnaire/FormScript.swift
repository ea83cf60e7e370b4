import EqualityCore

/// What both offline forms (the full form and the Easy Read one) share in their scripts: reading
/// the data block, finding a question's answer, the one rule that hides a question (the tool's own,
/// from the framework), saving a file, keeping answers in the browser, clearing and restoring them.
/// Plain ES5; each form adds its own body, which defines `collect`, `apply` and `progress`.
enum FormScript {
    /// The form's whole script: the shared part, then `body`, in one function. Answers are kept in
    /// the browser under a key that names the framework and version, after `storagePrefix`.
    static func wrap(storagePrefix: String, _ body: String) -> String {
        """
        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("form-data").textContent);
          var form = document.getElementById("answers");
          var key = "equality-assess:\(storagePrefix)" + data.framework + ":" + data.version;
          var status = document.getElementById("status");

          function checked(name) { return form.querySelector('input[name="' + name + '"]:checked'); }
          function all(name) { return Array.prototype.slice.call(form.querySelectorAll('input[name="' + name + '"]')); }

          // A question is in scope unless its condition on an earlier answer is not met: the same
          // rule the tool applies, so the counts here are the counts in the report.
          function inScope(q) {
            var c = data.conditions[q];
            if (!c) { return true; }
            var parent = checked(c.question);
            return !!parent && c.responses.indexOf(parent.value) >= 0;
          }

          // Saves `value` as a JSON file called `name` (a download: nothing leaves the computer).
          function download(value, name) {
            var blob = new Blob([JSON.stringify(value, null, 2) + "\\n"], { type: "application/json" });
            var a = document.createElement("a");
            a.href = URL.createObjectURL(blob);
            a.download = name;
            document.body.appendChild(a);
            a.click();
            document.body.removeChild(a);
            return name;
          }

          // Keeps the answers in this browser as the person works; if storage is off, Save still works.
          // `collect`, `apply` and `progress` are the form's own (in its body).
          function store() {
            try { window.localStorage.setItem(key, JSON.stringify(collect())); } catch (e) { /* storage off */ }
            progress();
          }

          // The last step of the body: the clear-all button, and what this browser kept restored,
          // in the form's own words.
          function start(words) {
            document.getElementById("clear").addEventListener("click", function () {
              if (window.confirm(words.confirmClear)) {
                apply({});
                store();
                status.textContent = words.cleared;
              }
            });
            try {
              var kept = window.localStorage.getItem(key);
              if (kept) { apply(JSON.parse(kept)); status.textContent = words.restored; }
            } catch (e) { /* nothing kept */ }
            progress();
          }

        \(body)})();

        """
    }

    /// Which questions are asked only after a given answer to an earlier one, as the script reads them.
    static func conditions(_ framework: Framework) -> JSONValue {
        .object(
            framework.questions.compactMap { q in
                q.condition.map { c in
                    (
                        q.id,
                        .object([
                            ("question", .string(c.question)),
                            ("responses", .array(c.responses.map(JSONValue.string))),
                        ])
                    )
                }
            })
    }
}

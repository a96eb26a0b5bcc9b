// 离线录入 — catching an entry of a form marked data-offline (distribution, receipt) that cannot reach the server:
// with no network it is kept at once; sent while the network seems up, it is kept when the send fails (htmx's
// sendError for the receipt form; for the distribution form's plain POST the service worker answers with the waiting
// list, which takes the entry from this tab's draft). The entry keeps the form's idempotency key: if the lost send
// did arrive, the resend is answered with the first answer.
(function () {
    "use strict";
    var DRAFT = "relief-offline-draft", WARM_AT_MOST = 10;
    var offline = window.ReliefOffline;

    function text(name) {
        var box = document.getElementById("offline-texts");
        return box && box.dataset[name] ? box.dataset[name] : "";
    }

    function labelOf(control) {
        var label = control.closest("label");
        if (label) {
            for (var node = label.firstChild; node; node = node.nextSibling) {
                if (node.nodeType === 3 && node.textContent.trim()) {
                    return node.textContent.trim();
                }
            }
        }
        var cell = control.closest("td"), table = control.closest("table");
        var head = cell && table ? table.querySelectorAll("thead th")[cell.cellIndex] : null;
        return head ? head.textContent.trim() : control.name;
    }

    function fieldOf(control) {
        var field = {name: control.name, value: control.value};
        if (control.type !== "hidden") {
            field.label = labelOf(control);
            field.shown = control.value;
            if (control.tagName === "SELECT") {
                field.options = Array.prototype.map.call(control.options, function (option) {
                    return [option.value, option.textContent.trim()];
                });
                field.shown = control.value && control.selectedOptions[0]
                    ? control.selectedOptions[0].textContent.trim() : "";
            }
        }
        return field;
    }

    /** The form as filled in now: its fields in order, the key it carries, where it posts. */
    function capture(form) {
        var fields = [];
        Array.prototype.forEach.call(form.elements, function (control) {
            if (!control.name || control.disabled || /^(submit|button|reset|file)$/.test(control.type)
                || (/^(checkbox|radio)$/.test(control.type) && !control.checked)) {
                return;
            }
            fields.push(fieldOf(control));
        });
        var key = fields.filter(function (field) { return field.name === "key"; })[0];
        if (!key) {
            key = {name: "key", value: offline.store.newKey()};
            fields.push(key);
        }
        return {key: key.value, kind: form.dataset.offline, action: new URL(form.action).pathname,
            page: location.pathname + location.search, title: form.dataset.offlineTitle || document.title,
            fields: fields, enteredAt: Date.now(), status: "waiting"};
    }

    /** Keeps the entry to send later; the form is drawn anew with a new key for the next entry. */
    function keep(entry, form) {
        return offline.store.put(entry).then(function () {
            sessionStorage.removeItem(DRAFT);
            var queued = document.getElementById("offline-queued");
            if (queued) {
                queued.hidden = false;
            }
            if (form) {
                form.reset();
                if (form.elements.key) {
                    form.elements.key.value = offline.store.newKey();
                }
            }
            if (offline.sync) {
                offline.sync();
            }
        });
    }

    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (!form.dataset || !form.dataset.offline) {
            return;
        }
        var entry = capture(form);
        if (navigator.onLine === false) {
            event.preventDefault();
            event.stopImmediatePropagation();
            keep(entry, form);
            return;
        }
        sessionStorage.setItem(DRAFT, JSON.stringify(entry));
        document.getElementById("offline-queued").hidden = true;
    }, true);

    document.addEventListener("htmx:sendError", function (event) {
        var form = event.detail && event.detail.elt;
        var draft = sessionStorage.getItem(DRAFT);
        if (form && form.dataset && form.dataset.offline && draft) {
            keep(JSON.parse(draft), form).then(function () {
                document.getElementById("client-error").hidden = true;
            });
        }
    });

    document.addEventListener("htmx:afterRequest", function (event) {
        if (event.detail && event.detail.xhr && event.detail.xhr.status > 0) {
            sessionStorage.removeItem(DRAFT);
        }
    });

    // a distribution POST that never reached the server: the service worker sent this tab to the waiting list
    function takeUnsentDraft() {
        var draft = sessionStorage.getItem(DRAFT);
        sessionStorage.removeItem(DRAFT);
        if (draft && location.pathname === "/console/offline" && /[?&]unsent=1/.test(location.search)) {
            keep(JSON.parse(draft), null);
        }
    }

    function showOfflineCopy() {
        var saved = document.body.dataset.offlineCopy, box = document.getElementById("offline-copy");
        if (saved && box) {
            box.textContent = text("copy").replace("{0}", new Date(Number(saved)).toLocaleString());
            box.hidden = false;
        }
    }

    // the households a search found: their forms are fetched once so that the service worker keeps them for offline
    function warmFoundHouseholds() {
        var links = document.querySelectorAll("#found a.pick-household");
        if (!links.length || !navigator.onLine || !navigator.serviceWorker || !navigator.serviceWorker.controller) {
            return;
        }
        Array.prototype.slice.call(links, 0, WARM_AT_MOST).reduce(function (previous, link) {
            return previous.then(function () {
                return fetch(link.href, {credentials: "same-origin"}).catch(function () { return null; });
            });
        }, Promise.resolve());
    }

    offline.capture = capture;
    offline.text = text;
    takeUnsentDraft();
    showOfflineCopy();
    warmFoundHouseholds();
})();

// 离线待发送 — the waiting list (/console/offline) and the count in the header: what this device keeps, its state,
// and for a refused entry the server's problem beside the entry's own data, to correct and send again or discard.
(function () {
    "use strict";
    var offline = window.ReliefOffline;
    var TAGS = {waiting: "warn", sending: "warn", refused: "bad", sent: "ok"};

    function el(tag, attributes, children) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
        (children || []).forEach(function (child) {
            if (child !== null && child !== undefined) {
                node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
            }
        });
        return node;
    }

    function summary(entry) {
        return entry.fields.filter(function (field) { return field.label && field.shown; })
            .map(function (field) { return field.label + ": " + field.shown; }).join(" · ");
    }

    function problemBox(problem) {
        var errors = (problem.errors || []).map(function (error) {
            return el("li", {}, [error.field + ": " + error.message]);
        });
        return el("div", {"class": "problem offline-problem", role: "alert"}, [
            el("strong", {"class": "offline-problem-title"}, [problem.title]), " ",
            el("span", {"class": "offline-problem-detail"}, [problem.detail || ""]),
            errors.length ? el("ul", {}, errors) : null]);
    }

    function control(field, index) {
        var name = "f" + index;
        if (!field.options) {
            return el("input", {name: name, value: field.value, "data-name": field.name});
        }
        return el("select", {name: name, "data-name": field.name}, field.options.map(function (option) {
            var attributes = {value: option[0]};
            if (option[0] === field.value) {
                attributes.selected = "selected";
            }
            return el("option", attributes, [option[1]]);
        }));
    }

    function editor(entry) {
        var labels = [];
        entry.fields.forEach(function (field, index) {
            if (field.label) {
                labels.push(el("label", {}, [field.label, control(field, index)]));
            }
        });
        var form = el("form", {"class": "form offline-edit"}, [el("div", {"class": "row"}, labels),
            el("div", {"class": "actions"}, [
                el("button", {type: "submit", "class": "primary offline-resend"}, [offline.text("resend")]),
                el("button", {type: "button", "class": "offline-discard"}, [offline.text("discard")])])]);
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            document.activeElement.blur();
            entry.fields.forEach(function (field, index) {
                var input = form.elements["f" + index];
                if (input) {
                    field.value = input.value;
                    field.shown = input.tagName === "SELECT" && input.selectedOptions[0]
                        ? (input.value ? input.selectedOptions[0].textContent : "") : input.value;
                }
            });
            offline.resend(entry);
        });
        form.querySelector(".offline-discard").addEventListener("click", function () {
            if (window.confirm(offline.text("discardConfirm"))) {
                offline.store.discard(entry.key);
            }
        });
        return form;
    }

    function row(entry) {
        var time = new Date(entry.enteredAt).toLocaleString();
        return el("li", {"class": "offline-entry", "data-key": entry.key, "data-status": entry.status}, [
            el("div", {"class": "offline-head"}, [el("strong", {}, [entry.title]), " ",
                el("span", {"class": "tag offline-status " + (TAGS[entry.status] || "")}, [offline.text(entry.status)]),
                " ", el("span", {"class": "meta"}, [offline.text("entered") + " " + time])]),
            el("p", {"class": "offline-summary"}, [summary(entry)]),
            entry.detail ? el("p", {"class": "meta offline-detail"}, [entry.detail]) : null,
            entry.status === "refused" && entry.problem ? problemBox(entry.problem) : null,
            entry.status === "refused" ? editor(entry) : null,
            el("p", {"class": "meta"}, [offline.text("key") + " ", el("code", {}, [entry.key])])]);
    }

    function fill(list, empty, entries) {
        list.replaceChildren.apply(list, entries.map(row));
        empty.hidden = entries.length > 0;
    }

    function render() {
        offline.store.queued().then(function (queued) {
            var badge = document.getElementById("offline-badge");
            if (badge) {
                document.getElementById("offline-count").textContent = String(queued.length);
                badge.hidden = queued.length === 0;
            }
            var list = document.getElementById("offline-queue");
            if (!list) {
                return;
            }
            // not while the user is typing a correction
            if (!list.querySelector("form.offline-edit input:focus, form.offline-edit select:focus")) {
                fill(list, document.getElementById("offline-none"), queued);
            }
            document.getElementById("offline-network").hidden = navigator.onLine !== false;
            document.getElementById("offline-login").hidden = !(offline.state && offline.state.loginNeeded);
            return offline.store.sentList().then(function (sent) {
                fill(document.getElementById("offline-sent"), document.getElementById("offline-none-sent"), sent);
            });
        });
    }

    var sendNow = document.getElementById("offline-send-now");
    if (sendNow) {
        sendNow.addEventListener("click", function () { offline.sync(); });
    }
    offline.store.onChange(render);
    document.addEventListener("relief-offline:synced", render);
    window.addEventListener("online", render);
    window.addEventListener("offline", render);
    render();
})();

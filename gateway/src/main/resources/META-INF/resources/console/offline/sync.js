// 离线待发送 — sending the kept entries once the network is back: in the order they were entered, one at a time, by
// one tab at a time (a Web Lock), to the console endpoint the form posts to, through this browser's session. The
// server answers for itself: taken (the entry leaves the queue), refused (the entry stays with the problem, for the
// user to correct or discard), or not now (no network, session expired, service busy: the entry waits).
(function () {
    "use strict";
    var LOCK = "relief-offline-send", RETRY_MILLIS = 30000;
    var offline = window.ReliefOffline;
    var state = {loginNeeded: false};

    function post(entry) {
        var body = new URLSearchParams();
        entry.fields.forEach(function (field) { body.append(field.name, field.value); });
        return fetch(entry.action, {
            method: "POST", body: body, credentials: "same-origin", redirect: "manual",
            headers: {"X-Relief-Queued": "1", "Accept": "application/json, application/problem+json"}
        });
    }

    function problemOf(response) {
        return response.json().catch(function () { return {}; }).then(function (problem) {
            return {status: response.status, title: problem.title || String(response.status),
                detail: problem.detail || "", errors: problem.errors || []};
        });
    }

    /** Sends one entry; resolves true to go on with the next, false to stop until later. */
    function sendOne(entry) {
        entry.status = "sending";
        return offline.store.put(entry).then(function () {
            return post(entry);
        }).then(function (response) {
            if (response.type === "opaqueredirect" || response.status === 401) {
                // the gateway sends an expired session to the login: nothing was sent
                state.loginNeeded = true;
                entry.status = "waiting";
                return offline.store.put(entry).then(function () { return false; });
            }
            state.loginNeeded = false;
            if (response.ok) {
                return response.json().catch(function () { return {}; }).then(function (answer) {
                    return offline.store.sent(entry, answer.detail || "");
                }).then(function () { return true; });
            }
            if (response.status >= 400 && response.status < 500 && response.status !== 408
                && response.status !== 429) {
                return problemOf(response).then(function (problem) {
                    entry.status = "refused";
                    entry.problem = problem;
                    return offline.store.put(entry);
                }).then(function () { return true; });
            }
            entry.status = "waiting";
            return problemOf(response).then(function (problem) {
                entry.lastError = problem;
                return offline.store.put(entry);
            }).then(function () { return false; });
        }, function () {
            // the network is still down
            entry.status = "waiting";
            return offline.store.put(entry).then(function () { return false; });
        });
    }

    function sendAll() {
        return offline.store.queued().then(function (entries) {
            var due = entries.filter(function (entry) { return entry.status !== "refused"; });
            return due.reduce(function (previous, entry) {
                return previous.then(function (goOn) { return goOn ? sendOne(entry) : false; });
            }, Promise.resolve(true));
        });
    }

    /** Sends what waits, unless there is no network or another tab is sending right now. */
    function sync() {
        if (navigator.onLine === false) {
            return Promise.resolve();
        }
        var run = navigator.locks
            ? navigator.locks.request(LOCK, {ifAvailable: true}, function (lock) { return lock ? sendAll() : null; })
            : sendAll();
        return run.then(function () {
            document.dispatchEvent(new CustomEvent("relief-offline:synced"));
        }, function (error) {
            console.warn("offline queue", error);
        });
    }

    /** Sends one refused entry again, with what the user corrected, under the key it was entered with. */
    function resend(entry) {
        entry.status = "waiting";
        delete entry.problem;
        return offline.store.put(entry).then(sync);
    }

    function register() {
        if (navigator.serviceWorker) {
            navigator.serviceWorker.register("/console/offline/sw.js", {scope: "/console/"}).catch(function (error) {
                console.warn("service worker", error);
            });
        }
    }

    offline.sync = sync;
    offline.resend = resend;
    offline.state = state;
    register();
    window.addEventListener("online", sync);
    setInterval(sync, RETRY_MILLIS);
    sync();
})();

// 离线待发送 — the entries this device keeps until it can send them, in IndexedDB. An entry is a form as it was
// filled in: where it posts, its fields in order (with the labels the user saw), and the idempotency key fixed when it
// was entered. Nothing here decides anything about goods: the server does, when the entry arrives.
(function () {
    "use strict";
    var DB = "relief-offline", VERSION = 1, QUEUE = "queue", SENT = "sent", SENT_KEPT = 20;
    var opened = null;
    var channel = "BroadcastChannel" in window ? new BroadcastChannel("relief-offline") : null;

    function open() {
        if (!opened) {
            opened = new Promise(function (resolve, reject) {
                var request = indexedDB.open(DB, VERSION);
                request.onupgradeneeded = function () {
                    var db = request.result;
                    db.createObjectStore(QUEUE, {keyPath: "key"}).createIndex("enteredAt", "enteredAt");
                    db.createObjectStore(SENT, {keyPath: "key"}).createIndex("sentAt", "sentAt");
                };
                request.onsuccess = function () { resolve(request.result); };
                request.onerror = function () { reject(request.error); };
            });
        }
        return opened;
    }

    // runs work(store) in one transaction and resolves with what work returned once it has committed
    function inStore(name, mode, work) {
        return open().then(function (db) {
            return new Promise(function (resolve, reject) {
                var tx = db.transaction(name, mode), result;
                var answer = work(tx.objectStore(name));
                if (answer) {
                    answer.onsuccess = function () { result = answer.result; };
                }
                tx.oncomplete = function () { resolve(result); };
                tx.onerror = function () { reject(tx.error); };
                tx.onabort = function () { reject(tx.error); };
            });
        });
    }

    function changed() {
        if (channel) {
            channel.postMessage("changed");
        }
        document.dispatchEvent(new CustomEvent("relief-offline:changed"));
    }

    function byTime(field) {
        return function (a, b) { return a[field] - b[field]; };
    }

    var store = {
        /** Every entry kept, oldest first (the order they are sent in). */
        queued: function () {
            return inStore(QUEUE, "readonly", function (s) { return s.getAll(); }).then(function (all) {
                return all.sort(byTime("enteredAt"));
            });
        },
        get: function (key) {
            return inStore(QUEUE, "readonly", function (s) { return s.get(key); });
        },
        /** Keeps an entry; an entry with the same key (the same form sent twice) is kept once. */
        put: function (entry) {
            return inStore(QUEUE, "readwrite", function (s) { return s.put(entry); }).then(changed);
        },
        discard: function (key) {
            return inStore(QUEUE, "readwrite", function (s) { return s['delete'](key); }).then(changed);
        },
        /** The service took the entry: out of the queue, into the short list of what was sent. */
        sent: function (entry, detail) {
            return open().then(function (db) {
                return new Promise(function (resolve, reject) {
                    var tx = db.transaction([QUEUE, SENT], "readwrite");
                    tx.objectStore(QUEUE)['delete'](entry.key);
                    var kept = Object.assign({}, entry, {status: "sent", sentAt: Date.now(), detail: detail});
                    tx.objectStore(SENT).put(kept);
                    tx.oncomplete = resolve;
                    tx.onerror = function () { reject(tx.error); };
                });
            }).then(store.trimSent).then(changed);
        },
        /** What was sent lately, newest first. */
        sentList: function () {
            return inStore(SENT, "readonly", function (s) { return s.getAll(); }).then(function (all) {
                return all.sort(byTime("sentAt")).reverse();
            });
        },
        trimSent: function () {
            return store.sentList().then(function (all) {
                var old = all.slice(SENT_KEPT);
                return inStore(SENT, "readwrite", function (s) {
                    old.forEach(function (entry) { s['delete'](entry.key); });
                    return null;
                });
            });
        },
        /** Calls back when this or another tab changed the store. */
        onChange: function (callback) {
            document.addEventListener("relief-offline:changed", callback);
            if (channel) {
                channel.addEventListener("message", callback);
            }
        },
        /** A new idempotency key, minted in the browser when a form is drawn again from the device. */
        newKey: function () {
            return crypto.randomUUID();
        }
    };

    window.ReliefOffline = Object.assign(window.ReliefOffline || {}, {store: store});
})();

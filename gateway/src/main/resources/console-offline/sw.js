// ReliefTrace console service worker (scope /console/): keeps the app shell and the pages of the two forms that work
// offline — distribution (发放) and receipt (入库) — as last seen, with the data drawn into them (the depot's items on
// hand, the disasters, the households a search found, the catalog). Pages come from the network first; the copy is
// used only when the network fails. It stores and forwards nothing itself: the pages keep entries (offline/*.js).
"use strict";

var CACHE = "relief-console-v1";
var SHELL = ["/console/console.css", "/console/console.js", "/webjars/htmx.org/2.0.8/dist/htmx.min.js",
    "/console/offline/store.js", "/console/offline/capture.js", "/console/offline/sync.js",
    "/console/offline/waiting.js", "/console/icons/icon.svg", "/console/offline"];
// pages (and the receipt form's extra line) kept as last seen, by their full address
var PAGES = ["/console/distributions", "/console/receipts/new", "/console/receipts/line", "/console/offline"];
// form posts that may fail to reach the server: the page's draft goes to the waiting list
var FORM_POSTS = ["/console/distributions", "/console/receipts"];

self.addEventListener("install", function (event) {
    event.waitUntil(caches.open(CACHE).then(function (cache) {
        // one by one, so that a file missing now does not stop the rest
        return Promise.all(SHELL.map(function (path) {
            return fetch(path, {credentials: "same-origin"}).then(function (response) {
                return response.ok && !response.redirected ? keep(cache, path, response) : null;
            }).catch(function () { return null; });
        }));
    }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
    event.waitUntil(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (name) { return name !== CACHE; }).map(function (name) {
            return caches["delete"](name);
        }));
    }).then(function () { return self.clients.claim(); }));
});

/** Stores a copy with the time it was saved (shown on the page when the copy is used). */
function keep(cache, key, response) {
    return response.blob().then(function (body) {
        var headers = new Headers(response.headers);
        headers["delete"]("Content-Length");
        headers["delete"]("Content-Encoding");
        headers.set("X-Offline-Saved-At", String(Date.now()));
        return cache.put(key, new Response(body, {status: response.status, headers: headers}));
    });
}

/**
 * The page as last seen at this very address (another household's form is never shown for this one); a form drawn
 * from the copy gets a key minted now, as the server mints one when it draws a form.
 */
function fromCopy(request) {
    var url = new URL(request.url);
    return caches.open(CACHE).then(function (cache) {
        return cache.match(request, {ignoreVary: true, ignoreSearch: url.pathname === "/console/offline"});
    }).then(function (found) {
        if (!found) {
            return Response.error();
        }
        if ((found.headers.get("Content-Type") || "").indexOf("text/html") !== 0) {
            return found;
        }
        return found.text().then(function (html) {
            var saved = found.headers.get("X-Offline-Saved-At") || "";
            html = html.replace(/(name="key" value=")[^"]*"/g, function (match, start) {
                return start + self.crypto.randomUUID() + "\"";
            }).replace("<body>", "<body data-offline-copy=\"" + saved + "\">");
            return new Response(html, {status: 200, headers: found.headers});
        });
    });
}

function networkFirst(event) {
    var request = event.request;
    return fetch(request).then(function (response) {
        if (response.ok && response.type === "basic" && !response.redirected) {
            var copy = response.clone();
            event.waitUntil(caches.open(CACHE).then(function (cache) {
                return keep(cache, request.url, copy);
            }));
        }
        return response;
    }, function () {
        return fromCopy(request);
    });
}

self.addEventListener("fetch", function (event) {
    var request = event.request, url = new URL(request.url);
    if (url.origin !== self.location.origin) {
        return;
    }
    if (request.method === "POST") {
        if (request.mode === "navigate" && FORM_POSTS.indexOf(url.pathname) >= 0) {
            event.respondWith(fetch(request).catch(function () {
                return Response.redirect("/console/offline?unsent=1", 303);
            }));
        }
        return;
    }
    if (request.method !== "GET") {
        return;
    }
    if (PAGES.indexOf(url.pathname) >= 0 || SHELL.indexOf(url.pathname) >= 0) {
        event.respondWith(networkFirst(event));
    }
});

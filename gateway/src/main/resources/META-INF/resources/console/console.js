// ReliefTrace console: htmx settings, and a visible message when a request fails before any answer arrives.
(function () {
    "use strict";
    if (window.htmx) {
        // no inline styles (the page's policy allows only this origin's stylesheets)
        htmx.config.includeIndicatorStyles = false;
        htmx.config.allowEval = false;
        // every answer is shown: a refusal carries the API's problem message for the user
        htmx.config.responseHandling = [
            {code: "204", swap: false},
            {code: "[23]..", swap: true},
            {code: "[45]..", swap: true, error: true}
        ];
    }
    document.addEventListener("htmx:sendError", function () {
        var box = document.getElementById("client-error");
        if (box) {
            box.textContent = document.documentElement.lang === "en"
                ? "The network failed; nothing was sent. Check the connection and try again."
                : "网络连接失败，操作未提交，请检查网络后重试。";
            box.hidden = false;
        }
    });
    document.addEventListener("htmx:beforeRequest", function () {
        var box = document.getElementById("client-error");
        if (box) {
            box.hidden = true;
        }
    });
})();

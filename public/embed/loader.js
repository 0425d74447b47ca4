/*
 * Niger explainer: embed loader. Put this after one or more placeholders:
 *   <div data-niger-embed="https://…/embed/chart-monthly-deaths/"></div>
 *   <script async src="https://…/embed/loader.js"></script>
 * It turns each placeholder into an iframe and sets the iframe's height from the embed's height
 * messages (pym.js's format). It accepts messages only from the embed's own origin, of the exact
 * expected shape, from one of its own iframes; it never evaluates anything it receives.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var SEP = "xPYMx";
  var frames = (window.__nigerEmbedFrames = window.__nigerEmbedFrames || {});
  var counter = Object.keys(frames).length;

  function parse(data) {
    if (typeof data !== "string" || data.length > 200) return null;
    var parts = data.split(SEP);
    if (parts.length !== 4 || parts[0] !== "pym" || parts[2] !== "height") return null;
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(parts[1]) || !/^\d{1,5}$/.test(parts[3])) return null;
    return { childId: parts[1], height: Number(parts[3]) };
  }

  var placeholders = document.querySelectorAll("[data-niger-embed]:not([data-niger-embed-ready])");
  for (var i = 0; i < placeholders.length; i++) {
    var holder = placeholders[i];
    var src;
    try {
      src = new URL(holder.getAttribute("data-niger-embed"), script.src);
    } catch {
      continue;
    }
    // Only embeds of the site that serves this loader.
    if (src.origin !== origin) continue;
    var childId = "niger-embed-" + counter++;
    src.searchParams.set("childId", childId);
    var iframe = document.createElement("iframe");
    iframe.src = src.href;
    iframe.title = holder.getAttribute("data-title") || "Embedded graphic";
    iframe.setAttribute("scrolling", "no");
    iframe.setAttribute("loading", "lazy");
    iframe.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    iframe.style.width = "100%";
    iframe.style.border = "0";
    iframe.style.height = "500px";
    iframe.style.display = "block";
    holder.setAttribute("data-niger-embed-ready", "");
    holder.appendChild(iframe);
    frames[childId] = iframe;
  }

  if (window.__nigerEmbedListening) return;
  window.__nigerEmbedListening = true;
  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var message = parse(event.data);
    if (!message) return;
    var iframe = frames[message.childId];
    if (!iframe || event.source !== iframe.contentWindow) return;
    iframe.style.height = message.height + "px";
  });
})();

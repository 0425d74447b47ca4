/*
 * Embed loader: makes the site's embed iframes as tall as their content. The snippet is an
 * ordinary iframe followed by this script, so a CMS that strips scripts still shows the graphic
 * (at a fixed height, scrollable):
 *   <iframe src="https://…/embed/chart-x/?childId=chart-x" data-story-embed …></iframe>
 *   <script async src="https://…/embed/loader.js"></script>
 * Each embed posts its height in pym.js's format. This script accepts a message only from the
 * embed's own origin, of the exact expected shape, sent by one of the marked iframes under the id
 * that iframe was given; it never evaluates anything it receives and reads nothing else.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  // Several snippets of one site on a page load the script several times: listen once per site.
  var flag = "__storyEmbedLoader " + origin;
  if (window[flag]) return;
  window[flag] = true;
  var SEP = "xPYMx";

  function parse(data) {
    if (typeof data !== "string" || data.length > 200) return null;
    var parts = data.split(SEP);
    if (parts.length !== 4 || parts[0] !== "pym" || parts[2] !== "height") return null;
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(parts[1]) || !/^\d{1,5}$/.test(parts[3])) return null;
    return { childId: parts[1], height: Number(parts[3]) };
  }

  /** The marked iframe of this site whose window sent the message, with the id it was given. */
  function frameOf(source) {
    var frames = document.querySelectorAll("iframe[data-story-embed]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== source) continue;
      var src;
      try {
        src = new URL(frames[i].src);
      } catch {
        return null;
      }
      if (src.origin !== origin) return null;
      return { iframe: frames[i], childId: src.searchParams.get("childId") };
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var message = parse(event.data);
    if (!message) return;
    var frame = frameOf(event.source);
    if (!frame || frame.childId !== message.childId) return;
    // From the first height on, the iframe fits its content: no inner scroll bar.
    frame.iframe.setAttribute("scrolling", "no");
    frame.iframe.style.height = message.height + "px";
  });
})();

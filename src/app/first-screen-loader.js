// Inline in index.html as a module script, allowed by its hash; what it does and why: vite.config.ts (`prerenderFirstScreen`).
// A module script runs once the page is parsed and the stylesheet has loaded, so the page's
// DOMContentLoaded (where Chrome's form autofill lays the page out) comes with the styles, not before.
var root = document.documentElement;
var script = document.querySelector('script[data-app]');
var app = script.getAttribute('data-app');
var started = false;
function start() {
  if (started) return;
  started = true;
  // The entry's chunks and the bundled reports, fetched beside the entry instead of after it (the head
  // script has requested them when the prerender is hidden). Not before the first paint: requested at
  // DOMContentLoaded, they were often in before it, and Lighthouse's simulation of a slow phone then
  // counted them as holding the first paint (mobile FCP 2.0 s instead of 1.1 s, LCP 3.0 s).
  var links = root.getAttribute('data-prerender') === 'stale' ? [] : JSON.parse(script.getAttribute('data-preload'));
  for (var i = 0; i < links.length; i++) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = links[i].as;
    link.href = links[i].href;
    link.crossOrigin = 'anonymous';
    document.head.appendChild(link);
  }
  // Not fetched (offline before the app was cached, or a deploy replaced it): the page says so.
  import(app).catch(function () {
    root.setAttribute('data-app-failed', '');
  });
}
var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
// At once when the prerender is hidden, when nothing is painted (a hidden tab), or without paint timing.
if (root.getAttribute('data-prerender') === 'stale' || document.visibilityState === 'hidden' || types.indexOf('paint') < 0) start();
else {
  // Once the prerendered text is painted, so that the app's evaluation does not come before it.
  new PerformanceObserver(function (list) {
    if (list.getEntriesByName('first-contentful-paint').length) start();
  }).observe({ type: 'paint', buffered: true });
  // A safety net: the app starts even if no paint is reported.
  setTimeout(start, 1000);
}

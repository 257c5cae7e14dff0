// Inline in index.html as a module script, allowed by its hash; what it does and why: vite.config.ts (`prerenderFirstScreen`).
// A module script runs once the page is parsed and the stylesheet has loaded, so the page's
// DOMContentLoaded (where Chrome's form autofill lays the page out) comes with the styles, not before.
var root = document.documentElement;
var app = document.querySelector('script[data-app]').getAttribute('data-app');
var started = false;
function start() {
  if (started) return;
  started = true;
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

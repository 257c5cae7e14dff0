// Inline in index.html's <head>, allowed by its hash; what it does and why: vite.config.ts (`prerenderFirstScreen`).
(function (root, script) {
  var stale = false;
  function read(key, fallback) {
    try {
      return JSON.parse(localStorage.getItem(key)) || fallback;
    } catch (e) {
      return fallback;
    }
  }
  try {
    var defaults = JSON.parse(script.getAttribute('data-settings'));
    var settings = read('parallax.settings', {});
    var selection = read('parallax.selection', null);
    var theme = settings.theme;
    root.classList.toggle('dark', theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches));
    var size = JSON.parse(script.getAttribute('data-text-sizes'))[settings.textSize];
    if (typeof size === 'string') root.style.setProperty('--reader-font-size', size);
    for (var key in defaults) if (key in settings && settings[key] !== defaults[key]) stale = true;
    if (selection && JSON.stringify(selection) !== script.getAttribute('data-reports')) stale = true;
    // Any parameter but the active fact, which the first frame does not show, changes the first screen.
    new URLSearchParams(location.search).forEach(function (v, name) {
      if (name !== 'fact') stale = true;
    });
  } catch (e) {
    stale = true;
  }
  if (stale) root.setAttribute('data-prerender', 'stale');
})(document.documentElement, document.currentScript);

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
    // Settings the prerender shows by setting its controls (first-screen.tsx): they need not hide it.
    var shown = JSON.parse(script.getAttribute('data-shown-settings'));
    var sizes = JSON.parse(script.getAttribute('data-text-sizes'));
    var settings = read('parallax.settings', {});
    var selection = read('parallax.selection', null);
    var theme = settings.theme === 'light' || settings.theme === 'dark' ? settings.theme : 'system';
    root.classList.toggle('dark', theme === 'dark' || (theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches));
    var size = typeof sizes[settings.textSize] === 'string' ? settings.textSize : defaults.textSize;
    root.style.setProperty('--reader-font-size', sizes[size]);
    for (var key in defaults) if (key in settings && settings[key] !== defaults[key] && shown.indexOf(key) < 0) stale = true;
    var reports = JSON.parse(script.getAttribute('data-reports'));
    if (selection && JSON.stringify(selection) !== JSON.stringify(reports)) stale = true;
    // The panes put the reader's choice first (panes.ts): a choice other than the prerender's order shows another screen.
    var panes = read('parallax.panes', []).filter(function (id) {
      return reports.indexOf(id) >= 0;
    });
    if (panes.join() !== reports.slice(0, panes.length).join()) stale = true;
    // Any parameter but the active fact, which the first frame does not show, changes the first screen.
    new URLSearchParams(location.search).forEach(function (v, name) {
      if (name !== 'fact') stale = true;
    });
  } catch (e) {
    stale = true;
  }
  // Hidden prerender: the app's own first render shows the text, so its code and the bundled reports
  // are requested at once. Otherwise first-screen-loader.js requests them after the first paint.
  if (stale) {
    root.setAttribute('data-prerender', 'stale');
    var links = JSON.parse(script.getAttribute('data-preload'));
    for (var i = 0; i < links.length; i++) {
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = links[i].as;
      link.href = links[i].href;
      link.crossOrigin = 'anonymous';
      document.head.appendChild(link);
    }
    return;
  }

  // Once the body is parsed (before its first paint: the stylesheet holds that back), the prerender's
  // controls show the saved settings, as the app's toolbar does (toolbar.tsx).
  function showSettings() {
    document.removeEventListener('readystatechange', showSettings);
    var controls = document.querySelectorAll('[data-first-screen] [data-setting]');
    for (var i = 0; i < controls.length; i++) {
      var control = controls[i];
      var name = control.getAttribute('data-setting');
      if (name === 'theme') control.value = theme;
      else if (name === 'textSize') control.textContent = Math.round((parseFloat(sizes[size]) / parseFloat(sizes[1])) * 100) + '%';
      else if (name === 'smaller' || name === 'larger') control.disabled = size === (name === 'smaller' ? 0 : sizes.length - 1);
      else control.checked = typeof settings[name] === 'boolean' ? settings[name] : defaults[name];
    }
  }
  document.addEventListener('readystatechange', showSettings);
})(document.documentElement, document.currentScript);

/* letopis: apply the reader's chosen theme before the first paint (loaded blocking in <head>; the CSP forbids inline scripts). */
(function () {
  try {
    var theme = localStorage.getItem('letopis-theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  } catch (error) {
    /* storage unavailable: follow the system */
  }
})();

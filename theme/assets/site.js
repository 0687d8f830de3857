/* Synapse: small progressive enhancements. Pages work fully without this file. */
(function () {
  'use strict';
  // Move focus to the target of in-page links (skip link, table of contents) so keyboard users continue from there.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#"]');
    if (!link) return;
    var target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (target && !target.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) {
      target.setAttribute('tabindex', '-1');
    }
    if (target) setTimeout(function () { target.focus({ preventScroll: false }); }, 0);
  });
})();

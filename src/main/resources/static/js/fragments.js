/* Parts of a page computed on demand: each element with data-fragment is filled with the HTML its address answers.
   Without script (or on a failure) the link it holds stays, to a page of its own. */
(function () {
  'use strict';
  document.querySelectorAll('[data-fragment]').forEach(function (container) {
    container.setAttribute('aria-busy', 'true');
    fetch(container.dataset.fragment, { headers: { 'Accept': 'text/html' } }).then(function (response) {
      if (!response.ok) { throw new Error(response.status); }
      return response.text();
    }).then(function (html) {
      container.innerHTML = html;
      container.dataset.loaded = 'true';
    }).catch(function () { /* the link stays */ })
      .finally(function () { container.removeAttribute('aria-busy'); });
  });
})();

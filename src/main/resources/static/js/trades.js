// Optional enhancement of the trade fields: choose a trade by its name or its code in the ROME referential's list
// (datalist #rome-trades: value the code, text the name). Without JavaScript the browser's own list offers the same
// choice and the server takes a code, a choice of the list or a trade's whole name; the stored value is the code.
(function () {
  var list = document.getElementById('rome-trades');
  if (!list) { return; }
  var CODE = /^[A-Za-z][0-9]{4}$/;
  var MAX_SHOWN = 8;

  function fold(text) {
    return text.replace(/[œŒ]/g, 'oe').replace(/[æÆ]/g, 'ae').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
  }

  var trades = Array.prototype.map.call(list.options, function (o) {
    return { code: o.value, name: o.textContent.trim(), folded: fold(o.textContent) };
  });
  var byCode = {};
  trades.forEach(function (t) { byCode[t.code] = t; });

  function label(t) { return t.code + ' ' + t.name; }

  // The same search as RomeReferential.search: a code's beginning, else every word in the name (whole name first).
  function search(text) {
    var q = fold(text);
    if (!q) { return []; }
    if (/^[a-z][0-9]{0,4}$/.test(q)) {
      var prefix = q.toUpperCase();
      return trades.filter(function (t) { return t.code.indexOf(prefix) === 0; });
    }
    var words = q.split(/[^a-z0-9]+/).filter(Boolean);
    var exact = trades.filter(function (t) { return t.folded === q; });
    var others = trades.filter(function (t) {
      return t.folded !== q && words.length > 0 && words.every(function (w) { return t.folded.indexOf(w) >= 0; });
    });
    return exact.concat(others);
  }

  // The one trade a text designates: a code (known or not), a whole name, or a search with a single answer.
  function chosen(text) {
    var typed = text.trim();
    var first = typed.split(/\s+/)[0];
    if (CODE.test(first)) { return first.toUpperCase(); }
    var found = search(typed);
    if (found.length === 1 || (found.length > 1 && found[0].folded === fold(typed) && found[1].folded !== fold(typed))) {
      return found[0].code;
    }
    return null;
  }

  function unknown(code) { return code + ' (' + list.dataset.unknown + ')'; }

  // Says under a field what its text stands for, with buttons for the trades it may mean.
  function describe(field, out, onPick) {
    var text = field.value.trim();
    var old = out.parentNode.querySelector('.trade-matches');
    if (old) { old.remove(); }
    out.textContent = '';
    if (!text) { return; }
    if (CODE.test(text)) {
      var t = byCode[text.toUpperCase()];
      out.textContent = t ? label(t) : unknown(text.toUpperCase());
      return;
    }
    var found = search(text);
    if (found.length === 0) { out.textContent = list.dataset.none; return; }
    if (found.length === 1) { out.textContent = label(found[0]); }
    else { out.textContent = list.dataset.many.replace('{n}', found.length); }
    var buttons = document.createElement('div');
    buttons.className = 'trade-matches';
    found.slice(0, MAX_SHOWN).forEach(function (t) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'secondary';
      b.textContent = label(t);
      b.dataset.code = t.code;
      b.addEventListener('click', function () { onPick(t.code); });
      buttons.appendChild(b);
    });
    out.parentNode.insertBefore(buttons, out.nextSibling);
  }

  // One trade a field: the value becomes the chosen code.
  Array.prototype.forEach.call(document.querySelectorAll('input[data-trade-input]'), function (field) {
    var out = document.getElementById(field.id + '-name');
    function pick(code) { field.value = code; describe(field, out, pick); }
    field.addEventListener('input', function () { describe(field, out, pick); });
    field.addEventListener('change', function () {
      var code = chosen(field.value);
      if (code && !CODE.test(field.value.trim())) { field.value = code; }
      describe(field, out, pick);
    });
  });

  // A list field (a person's trades): the picker adds the chosen code, the list under the field names them all.
  Array.prototype.forEach.call(document.querySelectorAll('input[data-trade-picker]'), function (picker) {
    var target = document.getElementById(picker.dataset.tradePicker);
    var named = document.getElementById(target.id + '-named');
    var out = document.getElementById(picker.id + '-name');
    var add = document.getElementById('trade-add');
    function codes() {
      return target.value.split(/[|,;\n]+/).map(function (s) { return s.trim(); }).filter(Boolean)
        .reduce(function (all, item) {
          return all.concat(/^([A-Za-z][0-9]{4}\s*)+$/.test(item) ? item.split(/\s+/) : [item]);
        }, []);
    }
    function render() {
      if (!named) { return; }
      named.textContent = '';
      codes().forEach(function (code) {
        var li = document.createElement('li');
        var t = byCode[code.toUpperCase()];
        li.textContent = t ? label(t) : unknown(code);
        named.appendChild(li);
      });
    }
    function pick(code) {
      var current = codes().map(function (c) { return c.toUpperCase(); });
      if (current.indexOf(code) < 0) {
        target.value = target.value.trim() ? target.value.trim() + ' | ' + code : code;
      }
      picker.value = '';
      describe(picker, out, pick);
      render();
      picker.focus();
    }
    function addTyped() {
      var code = chosen(picker.value);
      if (code) { pick(code); } else { describe(picker, out, pick); }
    }
    if (add) {
      add.hidden = false;
      add.addEventListener('click', addTyped);
    }
    picker.addEventListener('input', function () { describe(picker, out, pick); });
    picker.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); addTyped(); }
    });
    target.addEventListener('input', render);
  });
}());

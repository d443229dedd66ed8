/* The browser editor's own parts, on top of Decap CMS (which defines CMS, h and createClass globally):
 * - two form controls for values that are "text, or a small group of fields", which no stock control writes;
 * - a leaflet preview in the site's own look (care cards, do and don't lists, review dates);
 * - an estimate of the reading age of the text being edited.
 * Plain browser JavaScript with no build step, like the site's own scripts. */
(function () {
  'use strict';

  var data = { styles: [], flags: {}, careCards: {}, maxReadingAge: 11, unreviewed: { start: 'example', words: [] } };

  function field(value, key) {
    if (value == null || typeof value === 'string') return '';
    return (value.get ? value.get(key) : value[key]) || '';
  }

  function options(list, blank) {
    var out = blank == null ? [] : [h('option', { key: '', value: '' }, blank)];
    return out.concat(list.map(function (o) { return h('option', { key: o.value, value: o.value }, o.label); }));
  }

  function plain(value) {
    if (value == null) return [];
    return value.toJS ? value.toJS() : value;
  }

  // A list control: one row per item, each drawn by row(item, index, set), with add, remove and move buttons.
  function ListControl(props, noun, row, blank) {
    var items = plain(props.value);
    function set(next) { props.onChange(next); }
    return h('div', { className: 'msk-list', id: props.forID },
      items.map(function (item, i) {
        function put(value) { var next = items.slice(); next[i] = value; set(next); }
        return h('fieldset', { key: i, className: 'msk-row' },
          h('legend', null, noun + ' ' + (i + 1)),
          row(item, i, put, props.forID + '-' + i),
          h('button', { type: 'button', onClick: function () { set(items.filter(function (_, j) { return j !== i; })); } },
            'Remove ' + noun.toLowerCase() + ' ' + (i + 1)),
          i > 0 ? h('button', { type: 'button', onClick: function () {
            var next = items.slice(); next[i] = items[i - 1]; next[i - 1] = items[i]; set(next);
          } }, 'Move up') : null);
      }),
      h('button', { type: 'button', className: 'msk-add', onClick: function () { set(items.concat([blank])); } },
        'Add a ' + noun.toLowerCase()));
  }

  // Safety-netting lines: each a red flag from the library (stored as `flag: <id>`, worded and tiered there) or a
  // line in the leaflet's own words (stored as text). Only the flags of the list's own tier are offered.
  var SafetyLines = createClass({
    render: function () {
      var flags = this.props.field.get('flags').toJS();
      return ListControl(this.props, 'Line', function (item, i, put, id) {
        var flag = field(item, 'flag');
        var parts = [
          h('label', { key: 'l1', htmlFor: id }, 'Red flag from the library'),
          h('select', { key: 's', id: id, value: flag,
            onChange: function (e) { put(e.target.value ? { flag: e.target.value } : ''); } },
            options(flags, 'None: the line below, in this leaflet\'s own words'))
        ];
        if (!flag) {
          parts.push(h('label', { key: 'l2', htmlFor: id + '-own' }, 'Own words'));
          parts.push(h('textarea', { key: 't', id: id + '-own', rows: 2, value: typeof item === 'string' ? item : '',
            onChange: function (e) { put(e.target.value); } }));
        }
        return h('div', null, parts);
      }, '');
    },
    isValid: function () {
      var blank = plain(this.props.value).some(function (item) { return !field(item, 'flag') && !String(item || '').trim(); });
      return blank ? { error: { message: 'A line is empty: write it, choose a red flag, or remove it.' } } : true;
    }
  });

  // Props in an exercise drawing: a name (`chair`), or a name and where it goes (`{name: chair, at: near_hand}`).
  var Props = createClass({
    render: function () {
      var places = this.props.field.get('places').toJS();
      var names = Object.keys(places).map(function (p) { return { value: p, label: p }; });
      return ListControl(this.props, 'Prop', function (item, i, put, id) {
        var name = typeof item === 'string' ? item : field(item, 'name');
        var at = field(item, 'at');
        var where = (places[name] || []).map(function (p) { return { value: p, label: p.replace('_', ' ') }; });
        function change(newName, newAt) { put(newAt ? { name: newName, at: newAt } : newName); }
        return h('div', null,
          h('label', { htmlFor: id }, 'Prop'),
          h('select', { id: id, value: name, onChange: function (e) { change(e.target.value, ''); } },
            options(names, 'Choose a prop')),
          where.length ? h('label', { htmlFor: id + '-at' }, 'Where it goes') : null,
          where.length ? h('select', { id: id + '-at', value: at, onChange: function (e) { change(name, e.target.value); } },
            options(where, 'The usual place')) : null);
      }, 'floor');
    }
  });

  // Flesch-Kincaid grade + 5, as `check` computes it. Syllables are counted by vowel groups here, where `check`
  // uses a pronouncing dictionary, so this is an estimate: close enough to see a sentence make it harder.
  function syllables(word) {
    var w = word.toLowerCase().replace(/[^a-z]/g, '');
    if (!w) return 0;
    if (w.length <= 3) return 1;
    w = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
    var groups = w.match(/[aeiouy]{1,2}/g);
    return groups ? groups.length : 1;
  }

  function plainText(markdown) {
    return markdown.split('\n').filter(function (line) { return !/^\s*#/.test(line); }).map(function (line) {
      var text = line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`>]/g, '').replace(/^\s*(-|\d+\.)\s+/, '').trim();
      return text && !/[.!?:]$/.test(text) ? text + '.' : text;
    }).join(' ');
  }

  function readingAge(text) {
    var words = text.match(/[A-Za-z][A-Za-z'’-]*/g) || [];
    var sentences = Math.max(1, (text.match(/[.!?:]+(\s|$)/g) || []).length);
    if (!words.length) return 0;
    var syl = words.reduce(function (n, w) { return n + syllables(w); }, 0);
    return Math.round((0.39 * words.length / sentences + 11.8 * syl / words.length - 15.59 + 5) * 10) / 10;
  }

  // The rule `unreviewed` in msksite/schema/common.py, from its words in editor-data.json.
  function unreviewed(reviewer) {
    var words = String(reviewer || '').toLowerCase().split(/\s+/).filter(Boolean).join(' ');
    return words.indexOf(data.unreviewed.start) === 0 ||
      data.unreviewed.words.some(function (w) { return words.indexOf(w) !== -1; });
  }

  // As the leaflet says it: starter content no clinician has checked must not read "Page last reviewed".
  function reviewLine(d) {
    if (unreviewed(d.reviewer)) return ['Written: ' + (d.reviewed || 'not set') + '. Not yet reviewed by a clinician.'];
    return ['Page last reviewed: ' + (d.reviewed || 'not set'), h('br'), 'Next review due: ' + (d.review_due || 'not set')];
  }

  function lineText(line) {
    var id = field(line, 'flag');
    if (!id) return typeof line === 'string' ? line : '';
    return data.flags[id] ? data.flags[id].text : 'Unknown red flag: ' + id;
  }

  function careCard(tier, lines) {
    var card = data.careCards[tier];
    if (!lines || !lines.length || !card) return null;
    return h('div', { key: tier, className: 'nhsuk-card nhsuk-card--care nhsuk-card--care--' + card.variant },
      h('div', { className: 'nhsuk-card--care__heading-container' },
        h('h2', { className: 'nhsuk-card--care__heading' }, card.heading)),
      h('div', { className: 'nhsuk-card__content' },
        h('ul', null, lines.map(function (line, i) { return h('li', { key: i }, lineText(line)); }))));
  }

  function doDont(title, items, cross) {
    if (!items || !items.length) return null;
    var kind = cross ? 'cross' : 'tick';
    return h('div', { className: 'nhsuk-do-dont-list' },
      h('h2', { className: 'nhsuk-do-dont-list__label' }, title),
      h('ul', { className: 'nhsuk-list nhsuk-list--' + kind }, items.map(function (item, i) {
        return h('li', { key: i }, (cross ? '' : '') + item);
      })));
  }

  var LeafletPreview = createClass({
    render: function () {
      // The preview is its own document (an iframe): give it a language and a title, as every page of the site has.
      var doc = this.props.document;
      if (doc) {
        doc.documentElement.lang = 'en';
        doc.title = 'Preview of the leaflet';
      }
      var entry = this.props.entry.get('data');
      var d = entry ? entry.toJS() : {};
      var net = d.safety_netting || {};
      var listed = [].concat(d.do || [], d.dont || [], net.non_urgent || [], net.urgent || [], net.urgent_care || [],
        net.emergency || []).map(lineText);
      var age = readingAge(plainText(d.body || '') + ' ' + listed.map(function (s) { return plainText(s); }).join(' '));
      var tooHard = age > data.maxReadingAge;
      // The estimate is within 1.5 of check's figure either way: near the limit, check may find it over.
      var near = !tooHard && age > data.maxReadingAge - 1.5;
      return h('main', { className: 'nhsuk-main-wrapper nhsuk-width-container', id: 'maincontent' },
        h('div', { className: 'nhsuk-inset-text msk-reading-age', role: 'status' },
          h('p', null, 'Reading age, estimated: ', h('strong', null, String(age)),
            ' (the limit is ' + data.maxReadingAge + '). ',
            tooHard ? 'Try shorter sentences and everyday words. ' : '',
            near ? 'This is close to the limit, and the exact figure may be over it. ' : '',
            'The check on the pull request gives the exact figure.')),
        h('article', { className: 'app-leaflet' },
          h('h1', null, d.title || 'Untitled leaflet'),
          d.also_known_as && d.also_known_as.length ? h('p', { className: 'app-aka' }, 'Also called: ' + d.also_known_as.join(', ')) : null,
          h('p', { className: 'nhsuk-lede-text' }, d.summary || ''),
          this.props.widgetFor('body'),
          doDont('Do', d.do, false),
          doDont("Don't", d.dont, true),
          h('div', { className: 'app-care-cards' }, ['non_urgent', 'urgent', 'urgent_care', 'emergency'].map(function (tier) {
            return careCard(tier, net[tier]);
          })),
          h('div', { className: 'nhsuk-review-date app-review-date' },
            h.apply(null, ['p', { className: 'nhsuk-body-s' }].concat(reviewLine(d))))));
    }
  });

  CMS.registerWidget('msk-safety-lines', SafetyLines);
  CMS.registerWidget('msk-props', Props);
  CMS.registerPreviewTemplate('conditions', LeafletPreview);
  fetch('editor-data.json').then(function (r) { return r.json(); }).then(function (loaded) {
    data = loaded;
    data.styles.forEach(function (url) { CMS.registerPreviewStyle(url); });
  });

  window.mskReadingAge = function (markdown) { return readingAge(plainText(markdown)); };
  window.mskUnreviewed = unreviewed;
})();

// The search page: asks the Pagefind index that `digest build` makes (pagefind/) and shows
// headline, date, source and an excerpt with the words found highlighted. The words and the
// filters live in the page's address (?q=...&person=...), so a search is a link, and a search
// in the address runs when the page opens. A classic script, not a module: opened from disk
// (file://) it still runs and can say why search cannot work there.
//
// The index is in shards, one Pagefind bundle each (pagefind/0/, pagefind/1/...), listed in
// pagefind/shards.json: the first shard's pagefind.js is imported and the others merged into
// it (mergeIndex), each with a weight and a filter ("shard") of its own, which the date sort
// uses to tell the shards' results apart.
(function () {
  "use strict";
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  var PAGE = 20;           // results shown at a time
  var OPTIONS = 100;       // values offered per filter, the most frequent first
  var FILTERS = ["person", "organisation", "place", "topic", "source", "month"];
  // The k-th shard's index weighs 1 + k * WEIGHT: its results' scores tell their shard
  // (`byShard`), and no ranking by words changes (by less than a millionth).
  var WEIGHT = 1e-10;

  var root = document.getElementById("search");
  var form = root.querySelector("form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  var filterBox = document.getElementById("search-filters");
  var filterList = document.getElementById("filter-list");
  var kinds = JSON.parse(root.dataset.kinds);
  var titles = {source: "Source", month: "Month"};
  Object.keys(kinds).forEach(function (kind) { titles[kind] = kinds[kind]; });
  var manifestUrl = new URL(root.dataset.index, location.href);
  var siteRoot = new URL("../", manifestUrl);
  var pagefind = null;
  var shards = [];         // the shards' numbers, as strings (their "shard" filter values)
  var selects = {};
  var shown = null;        // results of the last search (`ranked` or `newest`)
  var asked = 0;           // the number of the latest search, to drop answers that come late

  function params() {
    return new URLSearchParams(location.search);
  }

  function say(text) {
    status.textContent = text;
  }

  function monthName(value) {
    var parts = value.split("-");
    return MONTHS[Number(parts[1]) - 1] + " " + parts[0];
  }

  function longDate(iso) {
    // The date as written in the page, not shifted to the reader's time zone.
    var parts = iso.slice(0, 10).split("-");
    return Number(parts[2]) + " " + MONTHS[Number(parts[1]) - 1] + " " + parts[0];
  }

  function element(tag, className, text) {
    var made = document.createElement(tag);
    if (className) made.className = className;
    if (text !== undefined) made.textContent = text;
    return made;
  }

  function chosenFilters() {
    var chosen = {};
    Object.keys(selects).forEach(function (key) {
      if (selects[key].value) chosen[key] = selects[key].value;
    });
    return chosen;
  }

  function buildFilters(available) {
    var wanted = params();
    FILTERS.forEach(function (key) {
      var values = available[key];
      if (!values || !Object.keys(values).length) return;
      var names = Object.keys(values).sort(function (a, b) {
        if (key === "month") return a < b ? 1 : a > b ? -1 : 0;
        return values[b] - values[a] || a.localeCompare(b);
      }).slice(0, OPTIONS);
      var chosen = wanted.get(key);
      if (chosen && names.indexOf(chosen) < 0) names.unshift(chosen);
      var id = "filter-" + key;
      var wrap = element("p", "filter");
      var label = element("label", null, titles[key] || key);
      label.htmlFor = id;
      var select = element("select");
      select.id = id;
      select.name = key;
      select.appendChild(new Option("Any", ""));
      names.forEach(function (name) {
        var text = (key === "month" ? monthName(name) : name) + " (" + (values[name] || 0) + ")";
        select.appendChild(new Option(text, name, false, name === chosen));
      });
      select.addEventListener("change", function () { run(true); });
      selects[key] = select;
      wrap.appendChild(label);
      wrap.appendChild(select);
      filterList.appendChild(wrap);
    });
    filterBox.hidden = !Object.keys(selects).length;
  }

  function remember() {
    var query = new URLSearchParams();
    if (input.value.trim()) query.set("q", input.value.trim());
    var chosen = chosenFilters();
    Object.keys(chosen).forEach(function (key) { query.set(key, chosen[key]); });
    var text = query.toString();
    history.replaceState(null, "", location.pathname + (text ? "?" + text : ""));
  }

  function resultItem(data) {
    var item = element("li", "result");
    var heading = element("h2", "result-title");
    var link = element("a", null, (data.meta && data.meta.title) || data.url);
    link.href = new URL(data.url.replace(/^\//, ""), siteRoot).href;
    heading.appendChild(link);
    item.appendChild(heading);
    var byline = element("p", "byline");
    if (data.meta && data.meta.date) {
      var time = element("time", null, longDate(data.meta.date));
      time.dateTime = data.meta.date;
      byline.appendChild(time);
    }
    if (data.meta && data.meta.source) byline.appendChild(element("span", "source", data.meta.source));
    item.appendChild(byline);
    var excerpt = element("p", "excerpt");
    // Pagefind escapes the page's text before it adds <mark>: safe as HTML.
    excerpt.innerHTML = data.excerpt;
    item.appendChild(excerpt);
    return item;
  }

  // Results in Pagefind's order (by score, the shards' merged): `next(n)` gives the data of
  // the next n, one promise each, all asked for at once.
  function ranked(results) {
    var taken = 0;
    return {
      total: results.length,
      left: function () { return results.length - taken; },
      next: function (n) {
        var next = results.slice(taken, taken + n);
        taken += next.length;
        return next.map(function (result) { return result.data(); });
      }
    };
  }

  // Results newest first from several shards. Pagefind sorts each shard's results by date,
  // but scores a sorted result by its rank within its shard, so its merged order is not by
  // date: each shard's list (newest first) is merged here by the dates of their heads.
  function newest(lists) {
    var heads = lists.map(function () { return 0; });
    var loaded = lists.map(function () { return []; });
    var total = lists.reduce(function (sum, results) { return sum + results.length; }, 0);
    var taken = 0;
    function load(i, k) {
      if (!loaded[i][k]) loaded[i][k] = lists[i][k].data();
      return loaded[i][k];
    }
    async function pick() {
      var best = -1, bestData = null;
      for (var i = 0; i < lists.length; i++) {
        if (heads[i] >= lists[i].length) continue;
        var data = await load(i, heads[i]);
        var date = (data.meta && data.meta.date) || "";
        if (best < 0 || date > ((bestData.meta && bestData.meta.date) || "")) {
          best = i;
          bestData = data;
        }
      }
      heads[best] += 1;
      taken += 1;
      return bestData;
    }
    return {
      total: total,
      left: function () { return total - taken; },
      next: function (n) {
        // Ask at once for about as many of each shard's next results as it will give.
        var left = total - taken;
        lists.forEach(function (results, i) {
          var rest = results.length - heads[i];
          var want = Math.min(rest, Math.ceil(n * rest / Math.max(left, 1)) + 1);
          for (var k = heads[i]; k < heads[i] + want; k++) load(i, k);
        });
        var out = [];
        var chain = Promise.resolve();
        for (var j = 0; j < Math.min(n, left); j++) {
          chain = chain.then(pick);
          out.push(chain);
        }
        return out;
      }
    };
  }

  async function showMore() {
    var number = asked;
    more.hidden = true;
    // Each result is shown, in order, as soon as it and those before it have come.
    var loading = shown.next(PAGE);
    for (var i = 0; i < loading.length; i++) {
      var data = await loading[i];
      if (number !== asked) return;
      list.appendChild(resultItem(data));
    }
    more.hidden = shown.left() === 0;
  }

  // A date-sorted result's score is its rank within its shard (0 for the shard's oldest
  // page) times its shard's weight, 1 + k * WEIGHT for the k-th shard: the score tells the
  // shard of every result but those of rank 0. Null when the scores do not read so.
  function byShard(results) {
    var lists = shards.map(function () { return []; });
    var oldest = [];
    for (var i = 0; i < results.length; i++) {
      var rank = Math.round(results[i].score);
      if (rank === 0) {
        oldest.push(results[i]);
        continue;
      }
      var k = (results[i].score - rank) / (rank * WEIGHT);
      var shard = Math.round(k);
      if (Math.abs(k - shard) > 0.01 || shard < 0 || shard >= lists.length) return null;
      lists[shard].push(results[i]);
    }
    return {lists: lists, oldest: oldest};
  }

  async function search(words, filters) {
    if (words || shards.length < 2) {
      // Without words nothing ranks the results: the newest first.
      var options = words ? {filters: filters} : {filters: filters, sort: {date: "desc"}};
      var found = await pagefind.search(words || null, options);
      return found && ranked(found.results);
    }
    // Newest first from several shards: each shard's results come in date order, their
    // merged order is not (see `newest`).
    var all = await pagefind.search(null, {filters: filters, sort: {date: "desc"}});
    if (all === null) return null;
    var split = byShard(all.results);
    if (split !== null) {
      // The results of rank 0 (one a shard at most), in date order, are one more list.
      var dates = await Promise.all(split.oldest.map(function (result) {
        return result.data().then(function (data) { return (data.meta && data.meta.date) || ""; });
      }));
      var oldest = split.oldest.map(function (result, i) { return [dates[i], i, result]; });
      oldest.sort(function (a, b) { return a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : a[1] - b[1]; });
      split.lists.push(oldest.map(function (entry) { return entry[2]; }));
      return newest(split.lists);
    }
    // Otherwise each shard on its own (its "shard" filter): every shard searched once for
    // each shard, slower.
    var lists = await Promise.all(shards.map(function (shard) {
      var only = Object.assign({}, filters, {shard: shard});
      return pagefind.search(null, {filters: only, sort: {date: "desc"}});
    }));
    if (lists.indexOf(null) >= 0) return null;
    return newest(lists.map(function (result) { return result.results; }));
  }

  async function run(store) {
    var number = ++asked;
    var words = input.value.trim();
    var filters = chosenFilters();
    if (store) remember();
    if (!words && !Object.keys(filters).length) {
      list.textContent = "";
      more.hidden = true;
      say("");
      return;
    }
    var found = await search(words, filters);
    if (number !== asked || found === null) return;
    shown = found;
    list.textContent = "";
    var n = shown.total;
    say(n === 0 ? "No articles found." : n === 1 ? "1 article found." : n + " articles found.");
    await showMore();
  }

  async function start() {
    if (location.protocol === "file:") {
      document.getElementById("search-offline").hidden = false;
      form.hidden = true;
      return;
    }
    try {
      // Which index this page searches (`digest serve` reloads the page when another one
      // is made), read before Pagefind reads it: if the index changes in between, the page
      // reloads once more rather than keep searching an index it thinks is current.
      var manifest = await (await fetch(manifestUrl, {cache: "no-cache"})).json();
      var version = manifest.version;
      if (!manifest.shards.length) throw new Error("it has no shards");
      shards = manifest.shards.map(function (entry) { return String(entry.shard); });
      var bundles = manifest.shards.map(function (entry) { return new URL(entry.path, manifestUrl); });
      pagefind = await import(new URL("pagefind.js", bundles[0]).href);
      await pagefind.options({baseUrl: "/", mergeFilter: {shard: shards[0]}});
      await pagefind.init();
      await Promise.all(bundles.slice(1).map(function (bundle, i) {
        return pagefind.mergeIndex(bundle.href, {
          baseUrl: "/", indexWeight: 1 + (i + 1) * WEIGHT, mergeFilter: {shard: shards[i + 1]}
        });
      }));
      buildFilters(await pagefind.filters());
      root.dataset.searchIndex = version;
    } catch (error) {
      root.dataset.searchIndex = "";
      say("The search index could not be loaded (" + error.message + "). Build the site with " +
        "digest build, which makes it, and serve the site over HTTP.");
      return;
    }
    input.value = params().get("q") || "";
    var timer = null;
    input.addEventListener("input", function () {
      pagefind.preload(input.value);
      clearTimeout(timer);
      timer = setTimeout(function () { run(true); }, 60);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      run(true);
    });
    more.addEventListener("click", showMore);
    root.dataset.ready = "true";
    await run(false);
  }

  start();
})();

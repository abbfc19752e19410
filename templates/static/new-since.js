/* "New since your last visit": marks what was published after the reader's previous visit.

   The hook (docs/editions.md): any element with data-new-since="<ISO 8601 date-time>" is
   marked when that time is after the previous visit: it gets the class "is-new" and a
   "New" badge, put at the start of its [data-new-badge] descendant if it has one, else
   before its first heading or link. An element with data-new-count (hidden in the HTML) is filled
   with how many were marked and shown. Without JavaScript, or without localStorage, the
   page is the same page with nothing marked.

   A visit is a run of page views with less than half an hour between them, so reading
   several pages (or reloading one) keeps the same marks; the previous visit ended with
   the last page view before that gap. The first visit marks nothing. */
(function () {
  "use strict";
  var KEY = "news-digest:visits";
  var GAP = 30 * 60 * 1000;
  var store;
  try {
    store = window.localStorage;
    if (!store) return;
  } catch (e) {
    return; // storage blocked (a privacy setting): nothing to compare with
  }
  var now = Date.now();
  var visits = null;
  try {
    visits = JSON.parse(store.getItem(KEY));
  } catch (e) {
    visits = null;
  }
  if (!visits || typeof visits.last !== "number") {
    visits = { previous: null, last: now };
  } else if (now - visits.last > GAP) {
    visits = { previous: visits.last, last: now };
  } else {
    visits.last = now;
  }
  try {
    store.setItem(KEY, JSON.stringify(visits));
  } catch (e) {
    // a full or read-only storage: the marks of this page still work
  }
  if (typeof visits.previous !== "number") return;

  function mark() {
    var found = document.querySelectorAll("[data-new-since]");
    var count = 0;
    for (var i = 0; i < found.length; i++) {
      var element = found[i];
      var when = Date.parse(element.getAttribute("data-new-since"));
      if (isNaN(when) || when <= visits.previous) continue;
      count++;
      element.classList.add("is-new");
      var badge = document.createElement("span");
      badge.className = "new-badge";
      badge.textContent = "New";
      var slot = element.querySelector("[data-new-badge]");
      if (slot) {
        slot.insertBefore(badge, slot.firstChild);
      } else {
        var before = element.querySelector("h1, h2, h3, h4, a") || element.firstChild;
        element.insertBefore(badge, before && before.parentNode === element ? before : element.firstChild);
      }
    }
    var counters = document.querySelectorAll("[data-new-count]");
    for (var j = 0; j < counters.length; j++) {
      if (count === 0) continue;
      counters[j].textContent = count + " new since your last visit";
      counters[j].hidden = false;
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mark);
  } else {
    mark();
  }
})();

// Live reload for `digest serve`: the server injects this script into every HTML page it
// serves. It reloads the page when the server's build number differs from the one the page
// was served with, also when that happened between serving the page and connecting. A page
// that searches marks the search index it loaded in data-search-index (the theme's search
// page does, once it has tried to load it); it also reloads when the server announces
// another index, made after a rebuild.
(function () {
  var served = document.currentScript && document.currentScript.dataset.build;
  var source = new EventSource("/__digest/events");
  var index = null;
  source.addEventListener("reload", function (event) {
    if (event.data !== served) { source.close(); location.reload(); }
  });
  function checkIndex() {
    var searching = document.querySelector("[data-search-index]");
    if (index !== null && searching && searching.dataset.searchIndex !== index) {
      source.close();
      location.reload();
    }
  }
  source.addEventListener("index", function (event) { index = event.data; checkIndex(); });
  new MutationObserver(checkIndex).observe(document.documentElement, {
    subtree: true, attributeFilter: ["data-search-index"]
  });
})();

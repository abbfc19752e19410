// Live reload for `digest serve`: the server injects this script into every HTML page it
// serves. It reloads the page when the server's build number differs from the one the page
// was served with, also when that happened between serving the page and connecting.
(function () {
  var served = document.currentScript && document.currentScript.dataset.build;
  var source = new EventSource("/__digest/events");
  source.addEventListener("reload", function (event) {
    if (event.data !== served) { source.close(); location.reload(); }
  });
})();

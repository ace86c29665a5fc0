// Client-side navigation: the URL holds the page's state (history.pushState), so every view can
// be bookmarked and shared, and back/forward re-render it.

let renderCurrent = () => {};

/** Registers the function that renders the page of the current URL (the router in app.js). */
export function setRenderer(render) {
  renderCurrent = render;
}

/**
 * Goes to a path of the app without reloading. `focusHeading` moves the focus to the new page's
 * heading (for links); forms keep the focus where it is.
 */
export function navigate(path, { replace = false, focusHeading = true } = {}) {
  const here = location.pathname + location.search;
  if (path !== here) {
    if (replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
  }
  window.scrollTo(0, 0);
  return renderCurrent({ focusHeading });
}

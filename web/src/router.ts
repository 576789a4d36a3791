import { useEffect, useState } from 'preact/hooks';

// Real paths (/jobs/<id>), served by the server's page fallback, so links can be shared and reloaded.
export function navigate(to: string) {
  if (to !== location.pathname + location.search) history.pushState(null, '', to);
  dispatchEvent(new PopStateEvent('popstate'));
}

export function useLocation(): string {
  const [path, setPath] = useState(location.pathname + location.search);
  useEffect(() => {
    const on = () => setPath(location.pathname + location.search);
    addEventListener('popstate', on);
    return () => removeEventListener('popstate', on);
  }, []);
  return path;
}

/** A link that navigates inside the page (keyboard and middle-click behave like any link). */
export function linkClick(e: MouseEvent, to: string) {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(to);
}

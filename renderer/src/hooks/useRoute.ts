/** The current hash route; follows `hashchange` and the `navigate` push from main (tray, notifications). */
import { useEffect, useState } from 'react';
import { api } from '../api';
import { hrefOf, parseHash, type Route } from '../lib/route';

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    const off = api().on('navigate', ({ screen }) => {
      window.location.hash = hrefOf(screen);
    });
    return () => {
      window.removeEventListener('hashchange', onHash);
      off();
    };
  }, []);
  return route;
}

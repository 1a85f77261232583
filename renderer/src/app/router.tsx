import { createHashRouter } from 'react-router';
import { NotBuiltYet } from '../components/NotBuiltYet';
import { areas } from './areas';
import { AppLayout } from './AppLayout';
import { RouteError } from './RouteError';

// Hash routing: the same build works from app:// in Electron and from the loopback server.
export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: areas.map((area) => ({
      path: area.path === '/' ? undefined : area.path.slice(1),
      index: area.path === '/',
      element: isPlanned(area.screen) ? <NotBuiltYet title={area.label} planned={area.screen.planned} /> : area.screen,
    })),
  },
]);

function isPlanned(screen: unknown): screen is { planned: string } {
  return typeof screen === 'object' && screen !== null && 'planned' in screen;
}

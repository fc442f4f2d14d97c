/** Routes of the client. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { RegisterPage } from './features/account/RegisterPage.tsx';
import { SignInPage } from './features/account/SignInPage.tsx';
import { BriefcasePage } from './features/briefcase/BriefcasePage.tsx';
import { ExhibitorDirectoryPage } from './features/exhibitors/ExhibitorDirectoryPage.tsx';
import { ExhibitorPage } from './features/exhibitors/ExhibitorPage.tsx';
import { EventPage } from './features/event/EventPage.tsx';
import { SchedulePage } from './features/forum/SchedulePage.tsx';
import { HallPage } from './features/hall/HallPage.tsx';
import { HomePage } from './features/home/HomePage.tsx';
import { AppLayout } from './features/layout/AppLayout.tsx';
import { NotFoundPage } from './features/layout/NotFoundPage.tsx';
import { MapPage } from './features/map/MapPage.tsx';
import { StandPage } from './features/stands/StandPage.tsx';
import { MySchedulePage } from './features/schedule/MySchedulePage.tsx';
import { SpeakerPage } from './features/speakers/SpeakerPage.tsx';
import { SpeakersPage } from './features/speakers/SpeakersPage.tsx';
import { ProgramsPage } from './features/university/ProgramsPage.tsx';

const router = createBrowserRouter([
  // Full-screen, outside the page frame: the render benchmark's synthetic hall. Loaded on
  // demand, like the hall's 3D view, so that pages without 3D never download three.js.
  {
    path: '/bench/render',
    lazy: async () => ({
      Component: (await import('./features/renderBench/RenderBenchPage.tsx')).RenderBenchPage,
    }),
  },
  {
    element: <AppLayout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/hall', element: <HallPage /> },
      { path: '/hall/:hallId', element: <HallPage /> },
      { path: '/map', element: <MapPage /> },
      { path: '/map/:hallId', element: <MapPage /> },
      { path: '/exhibitors', element: <ExhibitorDirectoryPage /> },
      { path: '/exhibitors/:id', element: <ExhibitorPage /> },
      { path: '/forum', element: <SchedulePage /> },
      { path: '/forum/:eventId', element: <EventPage /> },
      { path: '/speakers', element: <SpeakersPage /> },
      { path: '/speakers/:id', element: <SpeakerPage /> },
      { path: '/university', element: <ProgramsPage /> },
      { path: '/stands/:exhibitorId', element: <StandPage /> },
      { path: '/briefcase', element: <BriefcasePage /> },
      { path: '/schedule', element: <MySchedulePage /> },
      { path: '/signin', element: <SignInPage /> },
      { path: '/register', element: <RegisterPage /> },
      // The exhibitor's and the organisers' work pages, loaded on demand: visitors never need them.
      {
        path: '/exhibitor',
        lazy: async () => ({
          Component: (await import('./features/dashboard/DashboardPage.tsx')).DashboardPage,
        }),
      },
      {
        path: '/exhibitor/webinars/:webinarId/console',
        lazy: async () => ({
          Component: (await import('./features/webinars/console/WebinarConsolePage.tsx'))
            .WebinarConsolePage,
        }),
      },
      {
        path: '/studio/:eventId',
        lazy: async () => ({
          Component: (await import('./features/studio/StudioPage.tsx')).StudioPage,
        }),
      },
      {
        path: '/organiser',
        lazy: async () => ({
          Component: (await import('./features/organiser/OrganiserPage.tsx')).OrganiserPage,
        }),
      },
      {
        path: '/invite/:token',
        lazy: async () => ({
          Component: (await import('./features/organiser/AcceptInvitationPage.tsx'))
            .AcceptInvitationPage,
        }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}

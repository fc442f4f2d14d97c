/** Routes of the client. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ExhibitorDirectoryPage } from './features/exhibitors/ExhibitorDirectoryPage.tsx';
import { ExhibitorPage } from './features/exhibitors/ExhibitorPage.tsx';
import { SchedulePage } from './features/forum/SchedulePage.tsx';
import { HomePage } from './features/home/HomePage.tsx';
import { AppLayout } from './features/layout/AppLayout.tsx';
import { NotFoundPage } from './features/layout/NotFoundPage.tsx';
import { ProgramsPage } from './features/university/ProgramsPage.tsx';

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/exhibitors', element: <ExhibitorDirectoryPage /> },
      { path: '/exhibitors/:id', element: <ExhibitorPage /> },
      { path: '/forum', element: <SchedulePage /> },
      { path: '/university', element: <ProgramsPage /> },
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

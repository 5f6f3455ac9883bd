import { DirectionProvider, MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from '../i18n/provider';
import { queryClient } from './query-client';
import { AppRoutes } from './router';
import { Toasts } from '../ui/toast';
import { Splash } from '../ui/splash';
import { contrastVariables, theme } from './theme';

export function App() {
  return (
    <DirectionProvider>
      <MantineProvider theme={theme} cssVariablesResolver={contrastVariables}>
        <I18nProvider fallback={<Splash />}>
          <QueryClientProvider client={queryClient}>
            <Toasts />
            <AppRoutes />
          </QueryClientProvider>
        </I18nProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}

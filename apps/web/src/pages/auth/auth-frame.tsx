import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageMenu } from '../../app/layout/language-menu';
import { usePageTitle } from '../../ui/page';

/** The frame of the pages before sign-in: the brand, the language menu, one card. */
export function AuthFrame({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  usePageTitle(title);
  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="space-between" p="md">
        <Group gap={8}>
          <img src="/favicon.svg" alt="" width={32} height={32} />
          <Text fw={700} size="lg" c="jazari.8">
            Jazari
          </Text>
        </Group>
        <LanguageMenu />
      </Group>
      <Center px="md" pb="xl">
        <Paper
          withBorder
          shadow="sm"
          p="xl"
          radius="lg"
          w="100%"
          maw={wide ? 520 : 420}
          component="main"
          id="main"
        >
          <Stack>
            <Title order={1} size="h2">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}

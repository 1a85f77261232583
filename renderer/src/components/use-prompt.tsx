import { Button, Group, Modal, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';

export interface PromptQuestion {
  title: string;
  label: string;
  placeholder?: string;
}

/**
 * Asks for one line of text and resolves with it, or with null when cancelled. Replaces
 * window.prompt, which Electron does not implement (it returns nothing there, silently).
 * Render the returned modal once in the component that asks.
 */
export function usePrompt(): [ask: (question: PromptQuestion) => Promise<string | null>, modal: ReactNode] {
  const [pending, setPending] = useState<{ question: PromptQuestion; resolve: (answer: string | null) => void } | null>(
    null,
  );
  const [text, setText] = useState('');

  const ask = (question: PromptQuestion) =>
    new Promise<string | null>((resolve) => {
      setText('');
      setPending({ question, resolve });
    });
  const finish = (answer: string | null) => {
    pending?.resolve(answer);
    setPending(null);
  };

  const modal = (
    <Modal opened={pending !== null} onClose={() => finish(null)} title={pending?.question.title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) finish(text.trim());
        }}
      >
        <TextInput
          label={pending?.question.label}
          placeholder={pending?.question.placeholder}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="end" mt="md">
          <Button variant="default" onClick={() => finish(null)}>
            取消
          </Button>
          <Button type="submit" disabled={!text.trim()}>
            确定
          </Button>
        </Group>
      </form>
    </Modal>
  );
  return [ask, modal];
}

import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { SessionInfo, SignInOutcome } from '@shared/contract/accounts';
import { passwordRules } from '@shared/domain/accounts/passwords';
import { api, ApiError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';

const passwordHint = `至少 ${passwordRules.minLength} 位，须同时含有字母和数字，不能包含登录名`;

/** The card every screen before the app shares: the product's name, one heading, one form. */
function GateCard(props: { title: string; label: string; children: ReactNode; onSubmit(): void }) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={400}>
        <form aria-label={props.label} onSubmit={submit}>
          <Stack gap="md">
            <div>
              <Title order={2} c="indigo.8">
                匠训
              </Title>
              <Text size="sm" c="dimmed">
                产业工人技能实训基地
              </Text>
            </div>
            <Title order={3}>{props.title}</Title>
            {props.children}
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

const messageOf = (error: unknown) => (error instanceof ApiError || error instanceof Error ? error.message : null);

/** A new database: the base's first administrator is created here, and signed in at once. */
export function SetUpScreen(props: { onSignedIn(token: string, session: SessionInfo): void }) {
  const setUp = useApiMutation(api.accounts.setUp);
  const [draft, setDraft] = useState({ name: '', login: '', password: '', again: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    if (draft.password !== draft.again) return setProblem('两次输入的密码不一致');
    setProblem(null);
    setUp.mutate(
      { name: draft.name, login: draft.login, password: draft.password },
      {
        onSuccess: (outcome) => finish(outcome, props.onSignedIn, setProblem),
        onError: (e) => setProblem(messageOf(e)),
      },
    );
  };
  const field = (key: keyof typeof draft) => ({
    value: draft[key],
    onChange: (event: { currentTarget: { value: string } }) => setDraft({ ...draft, [key]: event.currentTarget.value }),
  });
  return (
    <GateCard title="创建第一位管理员" label="创建第一位管理员" onSubmit={submit}>
      <Text size="sm">
        这是本基地第一次使用匠训。请先设置一位管理员：之后由管理员在“设置 → 账号与权限”中为其他同事开账号。
      </Text>
      <TextInput label="姓名" required autoFocus {...field('name')} />
      <TextInput
        label="登录名"
        description="字母、数字、点、下划线或连字符，例如 lin.zhuren"
        required
        {...field('login')}
      />
      <PasswordInput label="密码" description={passwordHint} required {...field('password')} />
      <PasswordInput label="再次输入密码" required {...field('again')} />
      {problem && <Alert color="red">{problem}</Alert>}
      <Button type="submit" loading={setUp.isPending}>
        创建并登录
      </Button>
    </GateCard>
  );
}

export function SignInScreen(props: { notice: string | null; onSignedIn(token: string, session: SessionInfo): void }) {
  const signIn = useApiMutation(api.accounts.signIn);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = () => {
    setProblem(null);
    signIn.mutate(
      { login, password },
      {
        onSuccess: (outcome) => {
          if (!outcome.signedIn) setPassword('');
          finish(outcome, props.onSignedIn, setProblem);
        },
        onError: (e) => setProblem(messageOf(e)),
      },
    );
  };
  return (
    <GateCard title="登录" label="登录" onSubmit={submit}>
      {props.notice && !problem && <Alert color="blue">{props.notice}</Alert>}
      <TextInput
        label="登录名"
        required
        autoFocus
        autoComplete="username"
        value={login}
        onChange={(e) => setLogin(e.currentTarget.value)}
      />
      <PasswordInput
        label="密码"
        required
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
      />
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <Button type="submit" loading={signIn.isPending}>
        登录
      </Button>
      <Text size="xs" c="dimmed">
        忘记密码请找管理员重置：重置后用临时密码登录，再设新密码。
      </Text>
    </GateCard>
  );
}

function finish(
  outcome: SignInOutcome,
  onSignedIn: (token: string, session: SessionInfo) => void,
  setProblem: (message: string) => void,
) {
  if (outcome.signedIn) onSignedIn(outcome.token, outcome.session);
  else setProblem(outcome.message);
}

/** A temporary password (a new account, or one an administrator reset) is changed before anything else. */
export function ChangePasswordScreen(props: {
  session: SessionInfo;
  onChanged(session: SessionInfo): void;
  onSignOut(): void;
}) {
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={420}>
        <Stack gap="md">
          <Title order={3}>请设置新密码</Title>
          <Text size="sm">
            {props.session.account.name}，您正在用管理员给的临时密码登录。请设一个只有您自己知道的新密码，之后用它登录。
          </Text>
          <ChangePasswordForm login={props.session.account.login} onChanged={props.onChanged} temporary />
          <Anchor component="button" type="button" size="sm" onClick={props.onSignOut}>
            退出登录
          </Anchor>
        </Stack>
      </Paper>
    </Center>
  );
}

/** The form of a password change: the forced one at first sign-in and 修改密码 in the account menu. */
export function ChangePasswordForm(props: {
  login: string;
  temporary?: boolean;
  onChanged(session: SessionInfo): void;
}) {
  const change = useApiMutation(api.accounts.changePassword);
  const [draft, setDraft] = useState({ current: '', next: '', again: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.next !== draft.again) return setProblem('两次输入的新密码不一致');
    setProblem(null);
    change.mutate(
      { currentPassword: draft.current, newPassword: draft.next },
      { onSuccess: props.onChanged, onError: (e) => setProblem(messageOf(e)) },
    );
  };
  const field = (key: keyof typeof draft) => ({
    value: draft[key],
    onChange: (event: { currentTarget: { value: string } }) => setDraft({ ...draft, [key]: event.currentTarget.value }),
  });
  return (
    <form aria-label="修改密码" onSubmit={submit}>
      <Stack gap="md">
        <PasswordInput
          label={props.temporary ? '临时密码' : '当前密码'}
          required
          autoFocus
          autoComplete="current-password"
          {...field('current')}
        />
        <PasswordInput
          label="新密码"
          description={passwordHint}
          required
          autoComplete="new-password"
          {...field('next')}
        />
        <PasswordInput label="再次输入新密码" required autoComplete="new-password" {...field('again')} />
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Button type="submit" loading={change.isPending}>
          保存新密码
        </Button>
      </Stack>
    </form>
  );
}

/**
 * The idle lock: an opaque layer over the app, which stays as it was underneath (a half-filled
 * form is not lost); only the same person's password lifts it.
 */
export function LockScreen(props: {
  session: SessionInfo | null;
  onUnlocked(session: SessionInfo): void;
  onSignOut(): void;
}) {
  const unlock = useApiMutation(api.accounts.unlock);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    unlock.mutate(
      { password },
      {
        onSuccess: (outcome) => {
          setPassword('');
          if (outcome.unlocked) props.onUnlocked(outcome.session);
          else setProblem(outcome.message);
        },
        onError: (e) => setProblem(messageOf(e)),
      },
    );
  };
  const who = props.session?.account;
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label="屏幕已锁定"
      style={{ position: 'fixed', inset: 0, zIndex: 10_000, background: 'var(--mantine-color-gray-1)' }}
    >
      <Center h="100%" p="md">
        <Paper withBorder shadow="sm" p="xl" radius="md" w={400}>
          <form aria-label="解锁" onSubmit={submit}>
            <Stack gap="md">
              <Center>
                <IconLock size={40} stroke={1.4} />
              </Center>
              <Title order={3} ta="center">
                屏幕已锁定
              </Title>
              <Text size="sm" ta="center">
                {who ? `${who.name}（${who.login}）` : '当前账号'}
                长时间未操作或已锁屏。请输入密码继续，未保存的内容仍在。
              </Text>
              <PasswordInput
                label="密码"
                required
                autoFocus
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              {problem && (
                <Alert color="red" role="alert">
                  {problem}
                </Alert>
              )}
              <Button type="submit" loading={unlock.isPending}>
                解锁
              </Button>
              <Anchor component="button" type="button" size="sm" ta="center" onClick={props.onSignOut}>
                不是本人？退出登录，换个账号
              </Anchor>
            </Stack>
          </form>
        </Paper>
      </Center>
    </div>
  );
}

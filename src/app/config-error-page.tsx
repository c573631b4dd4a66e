/**
 * Shown when /config.json is missing or invalid: a readable page naming each bad field, in all three
 * languages (the language setting itself may be what is broken).
 */
import type { ConfigError } from '../config/runtime-config';

export const ConfigErrorPage = ({ error }: { error: ConfigError }) => (
  <main className="config-error" id="main">
    <h1>Front-Office Monitor</h1>
    <p lang="kk">Баптау файлы дұрыс емес, сондықтан бақылау тақтасы іске қосылмады.</p>
    <p lang="ru">Файл настроек некорректен, поэтому панель не запущена.</p>
    <p lang="en">The configuration file is not valid, so the dashboard did not start.</p>
    <p>
      <code>{error.url}</code>
    </p>
    <ul>
      {error.problems.map((problem) => (
        <li key={problem}>
          <code>{problem}</code>
        </li>
      ))}
    </ul>
  </main>
);

// Small named errors that carry the facts a user needs: stream, input line, the offending key.

export class SingerError extends Error {
  override name = 'SingerError';
}

export class MalformedMessageError extends SingerError {
  override name = 'MalformedMessageError';
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

export class SchemaWithoutPropertiesError extends SingerError {
  override name = 'SchemaWithoutPropertiesError';
  constructor(
    readonly stream: string,
    readonly line: number,
  ) {
    super(`line ${line}: SCHEMA for stream "${stream}" has no "properties" object`);
  }
}

export class RecordBeforeSchemaError extends SingerError {
  override name = 'RecordBeforeSchemaError';
  constructor(
    readonly stream: string,
    readonly line: number,
  ) {
    super(`line ${line}: RECORD for stream "${stream}" arrived before any SCHEMA for it`);
  }
}

export class MissingKeyPropertiesError extends SingerError {
  override name = 'MissingKeyPropertiesError';
  constructor(
    readonly stream: string,
    readonly line: number,
    readonly missing: string[],
  ) {
    super(
      `line ${line}: RECORD for stream "${stream}" is missing key propert${missing.length > 1 ? 'ies' : 'y'} ${missing.map((k) => `"${k}"`).join(', ')}`,
    );
  }
}

export class InvalidRecordError extends SingerError {
  override name = 'InvalidRecordError';
  constructor(
    readonly stream: string,
    readonly line: number,
    readonly errors: string[],
  ) {
    super(`line ${line}: RECORD for stream "${stream}" does not match its SCHEMA: ${errors.join('; ')}`);
  }
}

export class NullCharacterError extends SingerError {
  override name = 'NullCharacterError';
  constructor(
    readonly stream: string,
    readonly line: number,
    readonly property: string,
  ) {
    super(
      `line ${line}: RECORD for stream "${stream}" has a NUL (\\u0000) character in "${property}", which PostgreSQL cannot store; set sanitize_null_text_characters to replace it`,
    );
  }
}

export class RecordNestingError extends SingerError {
  override name = 'RecordNestingError';
  constructor(
    readonly stream: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: RECORD for stream "${stream}" is nested too deeply to check or encode (${reason})`);
  }
}

export class InvalidUtf8Error extends SingerError {
  override name = 'InvalidUtf8Error';
  constructor(
    readonly stream: string | undefined,
    readonly line: number,
    readonly sequences: number,
  ) {
    const what = stream ? `message for stream "${stream}"` : 'message';
    super(`line ${line}: ${what} is not valid UTF-8 (${sequences} invalid byte sequence(s)); invalid_utf8 is fail`);
  }
}

export class ConfigError extends SingerError {
  override name = 'ConfigError';
}

/** Remove anything that looks like a credential from a message before it reaches a log. */
export function redact(text: string): string {
  return (
    text
      .replace(/(postgres(?:ql)?:\/\/[^:/@\s]+:)[^@\s]+@/gi, '$1***@')
      // any other URL's user:password (nats://, mysql://, https://…): the user too, which may itself be a token
      .replace(/\b((?!postgres)[a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@')
      // MySQL's "Access denied … (using password: YES)" says whether one was sent, not what it is: kept
      .replace(/("?(?:(?<!using )password|secret|token|api_key|apikey|authorization)"?\s*[:=]\s*)("[^"]*"|[^\s,;]+)/gi, '$1***')
  );
}

// collect: the one interface through which every stage below reads bytes.
// GitHub, a local folder and a local git revision each implement it; nothing
// downstream knows where the bytes came from.

/** Reads files of one revision of one repository, by repository-relative POSIX path. */
export interface FileSource {
  /** Says which revision this is, for messages ("working tree", "git 1a2b3c4", "base 1a2b3c4"). */
  readonly label: string;
  /**
   * The bytes of `path`, or `undefined` when there is no such file. `path` is already normalized
   * (no leading `/`, no `..`): callers use {@link resolveRepoPath} and never pass an escaping path.
   * Implementations never follow a symbolic link.
   */
  read(path: string): Promise<Uint8Array | undefined>;
  /**
   * The byte size of `path` without reading it, where the source knows it cheaply, so a file over
   * `limits.bytes_per_file` (a 200 MB dump pushed by anyone) is refused before it is read.
   */
  size?(path: string): Promise<number | undefined>;
}

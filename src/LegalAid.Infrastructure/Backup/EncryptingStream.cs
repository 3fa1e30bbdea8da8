using System.Security.Cryptography;

namespace LegalAid.Infrastructure.Backup;

/// <summary>
/// Writes a backup file: the header, then what is written to it in AES-256-GCM chunks. Only <see cref="Complete"/>
/// writes the last chunk; a file whose writing stopped half-way is refused as incomplete when read.
/// </summary>
internal sealed class EncryptingStream : Stream
{
    private readonly Stream file;
    private readonly BackupHeader header;
    private readonly AesGcm aes;
    private readonly byte[] plain;
    private readonly byte[] sealedChunk;
    private int filled;
    private long number;
    private bool completed;

    public EncryptingStream(Stream file, BackupKey key, int chunkSize = BackupHeader.DefaultChunkSize)
    {
        this.file = file;
        header = BackupHeader.New(key, chunkSize);
        aes = new AesGcm(key.ForFile(header.Salt), BackupChunk.TagLength);
        plain = new byte[chunkSize];
        sealedChunk = new byte[BackupChunk.PrefixLength + chunkSize + BackupChunk.TagLength];
        file.Write(header.Bytes);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !completed;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(completed, this);
        while (!buffer.IsEmpty)
        {
            var taken = Math.Min(buffer.Length, plain.Length - filled);
            buffer[..taken].CopyTo(plain.AsSpan(filled));
            filled += taken;
            buffer = buffer[taken..];
            if (filled == plain.Length)
            {
                Seal(last: false);
            }
        }
    }

    /// <summary>Writes the last chunk and flushes the file to the disk.</summary>
    public void Complete()
    {
        Seal(last: true);
        completed = true;
        file.Flush();
        if (file is FileStream onDisk)
        {
            onDisk.Flush(flushToDisk: true);
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            aes.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Seal(bool last)
    {
        var prefix = sealedChunk.AsSpan(0, BackupChunk.PrefixLength);
        BackupChunk.WritePrefix(prefix, last, filled);
        Span<byte> nonce = stackalloc byte[BackupChunk.NonceLength];
        BackupChunk.Nonce(nonce, number++);
        var ciphertext = sealedChunk.AsSpan(BackupChunk.PrefixLength, filled);
        var tag = sealedChunk.AsSpan(BackupChunk.PrefixLength + filled, BackupChunk.TagLength);
        aes.Encrypt(nonce, plain.AsSpan(0, filled), ciphertext, tag, BackupChunk.AssociatedData(header, prefix));
        file.Write(sealedChunk, 0, BackupChunk.PrefixLength + filled + BackupChunk.TagLength);
        filled = 0;
    }
}

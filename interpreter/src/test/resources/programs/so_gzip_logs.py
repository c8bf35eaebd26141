import gzip
import io

lines = [f'2024-01-01T00:{i // 60:02d}:{i % 60:02d} level={"INFO" if i % 7 else "WARN"} request {i}\n' for i in range(300)]
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as gz:
    for line in lines:
        gz.write(line.encode())
packed = buf.getvalue()
print('header', packed[:4].hex(), 'compressed', len(packed), 'of', sum(map(len, lines)))
warn = 0
with gzip.GzipFile(fileobj=io.BytesIO(packed)) as gz:
    for raw in gz:
        if b'WARN' in raw:
            warn += 1
print('warnings', warn)
print(gzip.decompress(gzip.compress(b'one shot', mtime=0)))

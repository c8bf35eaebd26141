# needs: Lib
import struct
print(struct.pack('<i', 5), struct.unpack('>H', b'\x01\x02'), struct.calcsize('=bhl'), struct.Struct('>q').size)
print(struct.__name__, struct.error.__name__, 'pack' in struct.__all__)

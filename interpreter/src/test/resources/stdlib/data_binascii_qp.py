# binascii quoted-printable (a2b_qp/b2a_qp as Modules/binascii.c) and buffers such as array.array
import binascii, array
cases = [b'', b'hello = world\n', b'tab\tend \nline .\n.\r\nx', b'\xff\x00abc_ def', b'a' * 200, b'=\n=3D=3d=x=\r\nq', b'.', b'word \r\nnext\t\r\n']
for c in cases:
    for qt in (0, 1):
        for it in (0, 1):
            for h in (0, 1):
                e = binascii.b2a_qp(c, qt, it, h)
                print(e, binascii.a2b_qp(e, h))
print(binascii.a2b_qp('=41=4=\nB_c', header=True))
print(binascii.hexlify(array.array('B', [1, 2, 255])), binascii.b2a_base64(array.array('i', [1])), binascii.a2b_hex(array.array('B', b'4142')))

package dev.quicken.modules.io;

import static dev.quicken.modules.io.IoSupport.NONE;

import dev.quicken.runtime.Abstract;
import dev.quicken.runtime.Args;
import dev.quicken.runtime.Exc;
import dev.quicken.runtime.PyBool;
import dev.quicken.runtime.PyBytes;
import dev.quicken.runtime.PyException;
import dev.quicken.runtime.PyFloat;
import dev.quicken.runtime.PyInt;
import dev.quicken.runtime.PyObject;
import dev.quicken.runtime.PyStr;

/** {@code open()}: CPython 3.11: Modules/_io/_iomodule.c _io_open_impl. */
final class Open {

    private Open() {
    }

    static final String[] NAMES = {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};

    static PyObject call(PyObject[] a, String[] kw) {
        PyObject[] p = Args.parse("open", a, kw, 0, NAMES, 1, 8);
        String mode = p[1] == null ? "r" : Args.str("open", p[1], 2);
        long buffering = -1;
        if (p[2] != null) {
            if (p[2] instanceof PyFloat) {
                throw Exc.typeError("'float' object cannot be interpreted as an integer");
            }
            buffering = Args.integer(p[2]);
        }
        for (int i = 3; i <= 5; i++) {
            if (p[i] != null && p[i] != NONE && !(p[i] instanceof PyStr)) {
                throw Exc.typeError("open() argument '" + NAMES[i] + "' must be str or None, not "
                        + Abstract.typeName(p[i]));
            }
        }
        boolean closefd = p[6] == null || Abstract.isTrue(p[6]);
        return open(p[0], mode, buffering, nz(p[3]), nz(p[4]), nz(p[5]), closefd, nz(p[7]));
    }

    private static PyObject nz(PyObject o) {
        return o == null ? NONE : o;
    }

    static PyObject open(PyObject file, String mode, long buffering, PyObject encoding, PyObject errors,
            PyObject newline, boolean closefd, PyObject opener) {
        if (!(file instanceof PyStr) && !(file instanceof PyBytes) && !(file instanceof PyInt)
                && file.type().lookup("__fspath__") == null) {
            throw Exc.typeError("expected str, bytes or os.PathLike object, not " + Abstract.typeName(file));
        }
        boolean creating = false;
        boolean reading = false;
        boolean writing = false;
        boolean appending = false;
        boolean updating = false;
        boolean text = false;
        boolean binary = false;
        String seen = "";
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("xrwa+tb".indexOf(c) < 0 || seen.indexOf(c) >= 0) {
                throw Exc.valueError("invalid mode: '" + mode + "'");
            }
            seen += c;
            switch (c) {
                case 'x':
                    creating = true;
                    break;
                case 'r':
                    reading = true;
                    break;
                case 'w':
                    writing = true;
                    break;
                case 'a':
                    appending = true;
                    break;
                case '+':
                    updating = true;
                    break;
                case 't':
                    text = true;
                    break;
                default:
                    binary = true;
            }
        }
        StringBuilder rawmode = new StringBuilder();
        if (creating) {
            rawmode.append('x');
        }
        if (reading) {
            rawmode.append('r');
        }
        if (writing) {
            rawmode.append('w');
        }
        if (appending) {
            rawmode.append('a');
        }
        if (updating) {
            rawmode.append('+');
        }
        if (text && binary) {
            throw Exc.valueError("can't have text and binary mode at once");
        }
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1) {
            throw Exc.valueError("must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != NONE) {
            throw Exc.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != NONE) {
            throw Exc.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != NONE) {
            throw Exc.valueError("binary mode doesn't take a newline argument");
        }
        if (binary && buffering == 1) {
            dev.quicken.eval.Interpreter in = dev.quicken.eval.Interpreter.current();
            PyObject warnings = in == null ? null : in.modules.getStr("warnings");
            if (warnings != null) {
                Abstract.call(Abstract.getAttr(warnings, "warn"), new PyStr("line buffering (buffering=1) isn't "
                        + "supported in binary mode, the default buffer size will be used"), Exc.RuntimeWarning);
            }
        }
        FileIO raw = (FileIO) Abstract.call(FileIO.TYPE, new PyObject[] {file, new PyStr(rawmode.toString()),
            PyBool.of(closefd), opener}, null);
        PyObject result = raw;
        try {
            boolean lineBuffering = false;
            boolean isatty = false;
            if (buffering == 1 || buffering < 0) {
                isatty = Abstract.isTrue(Abstract.callMethod(raw, "isatty"));
            }
            if (buffering == 1 || buffering < 0 && isatty) {
                buffering = -1;
                lineBuffering = true;
            }
            if (buffering < 0) {
                buffering = IoSupport.DEFAULT_BUFFER_SIZE;
            }
            if (buffering == 0) {
                if (binary) {
                    return raw;
                }
                throw Exc.valueError("can't have unbuffered text I/O");
            }
            PyObject bufferType = updating ? Buffered.RANDOM
                    : creating || writing || appending ? Buffered.WRITER : Buffered.READER;
            PyObject buffer = Abstract.call(bufferType, raw, PyInt.of(buffering));
            result = buffer;
            if (binary) {
                return buffer;
            }
            PyObject wrapper = Abstract.call(TextIOWrapper.TYPE, new PyObject[] {buffer, encoding, errors, newline,
                PyBool.of(lineBuffering)}, null);
            result = wrapper;
            Abstract.setAttr(wrapper, "mode", new PyStr(mode));
            return wrapper;
        } catch (PyException e) {
            try {
                Abstract.callMethod(result, "close");
            } catch (PyException ignored) {
                // the first error is the one to report
            }
            throw e;
        }
    }
}

import os
import os.path as osp
from sys import argv, path as p
from . import sibling
from ..parent import thing
from collections import *
import xml.etree.ElementTree

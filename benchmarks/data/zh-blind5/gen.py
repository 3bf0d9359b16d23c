import lib, p_gov, p_media, p_self, p_rest
lib.write()
